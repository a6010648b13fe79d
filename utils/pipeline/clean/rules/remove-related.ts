import { compactLength } from '../dom';
import { rootLines } from '../line-cache';
import { removeLine } from '../lines';
import { removeSection } from '../section';
import type { CleanRule } from '../types';
import { withTraditional } from '../zh-variants';

/** Headings of "more to read" sections on Chinese and English news pages. */
export const RELATED_HEADING = withTraditional(
  /^[【[（(<《]?\s*(?:更多)?(?:相关(?:新闻|阅读|文章|链接|报道|专题|资讯|视频|图集|内容|推荐)|推荐(?:阅读|文章|新闻)|延伸阅读|扩展阅读|拓展阅读|热门(?:推荐|文章|新闻|资讯|专题|排行)|热点(?:推荐|新闻|排行)|猜你喜欢|你可能(?:还)?(?:喜欢|感兴趣)|精彩推荐|精彩图片|更多精彩|编辑推荐|今日推荐|图片推荐|最热门新闻|最新文章|最新新闻|本类最新|相关搜索|(?:本版)?最多浏览|新闻排行|点击排行|阅读排行|评论排行|排行榜|.{0,8}\d+小时(?:点击|评论)?排行(?:榜)?|相关\s*blog|related (?:articles|stories|posts|news)|recommended(?: for you)?|more (?:stories|from)|you may also like|read more|further reading)\s*[】\]）)>》]?\s*[:：]?$/i,
);

/** "相关阅读：<headline>" — a related link inline on one line. */
const RELATED_INLINE = withTraditional(
  /^[【[]?(?:相关(?:新闻|阅读|文章|链接|报道)|推荐阅读|延伸阅读|热门推荐)[】\]]?\s*[:：]\s*\S/,
);

/**
 * Removes "related news" sections: a short heading (相关新闻, 推荐阅读, 延伸阅读, 热门推荐…)
 * and the link list that follows it.
 */
export const removeRelated: CleanRule = {
  name: 'remove-related',
  apply(root, context) {
    let changed = false;
    for (const line of rootLines(root, context)) {
      if (compactLength(line.text) <= 60 && RELATED_INLINE.test(line.text)) {
        removeLine(line, root);
        changed = true;
        continue;
      }
      // Headings are often letter-spaced (相 关 新 闻): judge the text without its spaces too.
      const heading =
        RELATED_HEADING.test(line.text) || RELATED_HEADING.test(line.text.replace(/\s+/g, ''));
      if (compactLength(line.text) > 20 || !heading) continue;
      if (!root.contains(line.container) && line.container !== root) continue;
      removeSection(line, root);
      changed = true;
    }
    return changed;
  },
};
