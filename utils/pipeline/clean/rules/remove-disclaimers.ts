import { lineRule } from '../line-rule';

/**
 * Reprint disclaimers: a bare 声明： heading, and lines about reprinting or rights (凡注明…转载,
 * 如有侵权…删除, 未经授权…). An editor's note on the article's own views (本文仅代表作者个人
 * 观点) is not a reprint notice and stays.
 */
export const removeDisclaimers = lineRule({
  name: 'remove-disclaimers',
  pattern:
    /^[•·*\s]*(?:免责|版权|特别|郑重)?声明\s*[:：]?\s*$|(?:凡|本网|本站|均为|均系|系|为)转载|转载(?:自|请|须|必须|时|目的|并不|仅)|如有侵权|侵犯了?您的(?:权益|版权)|删除相关内容|核实后.{0,12}删除|联系(?:我们|本网)删除|版权(?:归|属于)|未经(?:本网|本站)?(?:书面)?(?:授权|许可)/,
  maxLength: 200,
});
