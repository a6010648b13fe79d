import { lineRule } from '../line-rule';

/**
 * Share/print/font-size bars: 分享到, 转发到, 收藏本文, 打印本页, [打印], 关闭窗口, 字号 大 中 小, Share on…
 */
export const removeShareBars = lineRule({
  name: 'remove-share-bars',
  pattern:
    /^[[【]?\s*(?:分享到|分享至|分享|转发到|转发至|一键分享|收藏(?:本文|此文)?|复制(?:链接|收藏|本文网址)|打印(?:本页|本文|此文)?|关闭(?:窗口|本页)|推荐给朋友|字号|【?\s*(?:大|中|小)\s*】?\s*【?\s*(?:大|中|小)\s*】?)|^(?:share(?: this| on)?|tweet|email this|print this)\b|(?:打印|关闭窗口|收藏|分享|字号)\s*[|｜]|[|｜]\s*(?:打印|关闭窗口|收藏|分享|字号)|^(?:转寄|列印|讨论|历史新闻|推荐)$|手机看新闻|复制成功|按CTRL\+V/i,
  maxLength: 60,
});
