import { lineRule } from '../line-rule';

/**
 * Image viewer hints that become captions: 点击查看大图, 点击图片进入下一页, 点击看原图; and a bare
 * photo credit standing as its own line (图／某报提供, 记者某某／摄影) — the caption proper stays.
 */
export const removeImageHints = lineRule({
  name: 'remove-image-hints',
  pattern:
    /^[[【]\s*(?:点击|单击)[^\]】]{0,8}[\]】]$|^[(（【[]?\s*(?:点击|单击|点)(?:此处)?(?:查看|看|浏览|进入)?(?:大图|原图|图片|全图|高清图|下一页|下一张|上一页|上一张)|^[图]\s*[/／╱:：]\s*\S{1,12}$|^记者\s*\S{1,6}\s*[/／╱]\s*摄影?$|^(?:click|tap) (?:to|for) (?:enlarge|zoom|view)/i,
  maxLength: 30,
});
