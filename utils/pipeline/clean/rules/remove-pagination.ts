import { lineRule } from '../line-rule';

/** Page links: 上一页 1 2 3 下一页, 共5页, 第2页, Previous / Next page lines. */
export const removePagination = lineRule({
  name: 'remove-pagination',
  pattern:
    /^(?:[\d\s|｜[\]【】]*(?:上一页|下一页|首页|尾页|末页|上一篇|下一篇|共\s*\d+\s*页|第\s*\d+\s*页|全文|单页阅读|分页阅读|«|»|‹|›|previous|next)(?:\s*[:：].{0,40})?[\d\s|｜[\]【】]*)+$|^\s*(?:\d+\s+){2,}\d*\s*$/i,
  maxLength: 60,
});
