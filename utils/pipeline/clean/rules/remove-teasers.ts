import { lineRule } from '../line-rule';

/** Teaser lines pointing elsewhere: 【标题】摘要…… [详情], "…… 更多>>", "[全文]". */
export const removeTeasers = lineRule({
  name: 'remove-teasers',
  pattern:
    /(?:\[|【)\s*(?:详情|详细|全文|更多|进入专题|查看原文)\s*(?:\]|】)\s*$|(?:更多.{0,8}|more)\s*(?:>>|»|>|&gt;&gt;)\s*$|\.{4,}\s*\[?详情\]?$/i,
  maxLength: 120,
});
