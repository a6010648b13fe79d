import { lineRule } from '../line-rule';

/**
 * Reprint disclaimers: a bare 声明： heading, and lines about reprinting or rights (凡注明…转载,
 * 如有侵权…删除, 未经授权…, "<site>声明：…转载…"), and the site's standing notice that it
 * republishes "出于传递更多信息之目的" / "仅供参考，不构成投资建议" / "不表明证实其描述". An editor's note
 * on the article's own views (免责声明：本文仅代表作者个人观点，与本网无关) is read as part of the
 * article, not a reprint notice, and stays.
 */
export const removeDisclaimers = lineRule({
  name: 'remove-disclaimers',
  pattern:
    /^[•·*\s]*(?:免责|版权|特别|郑重)?声明\s*[:：]?\s*$|^[【[(（]?\s*\S{0,6}声明\s*[:：].{0,40}(?:转载|仅供参考|版权)|仅供参考.{0,12}不构成.{0,8}建议|不(?:代表|表明|意味着)(?:本网|本站|本报|本刊|我们)?(?:证实|赞同|同意)(?:其|了)?(?:观点|描述|立场)|(?:凡|本网|本站|均为|均系|系|为)转载|转载(?:自|请|须|必须|时|目的|并不|仅)|如有侵权|出于传递更多信息之目的|(?:反)?侵权(?:公告|声明)|著作权(?:归|属|均属)|侵犯了?您的(?:权益|版权)|删除相关内容|核实后.{0,12}删除|联系(?:我们|本网)删除|版权(?:归|属于)|未经(?:本网|本站)?(?:书面)?(?:授权|许可)/,
  maxLength: 200,
});
