import { lineRule } from '../line-rule';

/**
 * Trailing credit lines: (责任编辑：张三), 编辑：…, 校对：…, 本文来源：… (来源 is kept as
 * metadata by the metadata step, not in the body). Tail zone only: the same words at the top of an
 * article are handled by remove-meta-lines.
 */
export const removeCreditLines = lineRule({
  name: 'remove-credit-lines',
  pattern:
    /^[(（【[]?\s*\S{2,4}\s+(?:编辑|责编|校对)\s*[)）】\]]$|^[【[]\s*(?:19|20)\d{2}[/.-]\d{1,2}[/.-]\d{1,2}\s+\S{1,12}\s*[】\]]|^[(（【[]?\s*(?:本文|\S{1,4}[网报社])?(?:责任编辑|责编|编辑|校对|审核|审校|编审|监制|主编|值班编辑|实习编辑|见习编辑|美编|制图|作者|记者|通讯员|摄影|来源|稿件来源|文章来源|出处|原标题|原文|编译|翻译|[A-Z]{2,4}\d{3,}|[a-z]{1,3}\d{2,})\s*[:：\s]?.{0,30}[)）】\]]?$/,
  maxLength: 40,
  zone: 'tail',
});
