import { lineRule } from '../line-rule';

/**
 * Reprint disclaimers: 声明：…转载…, 免责声明, 凡注明…转载, 本网站转载…不代表本网观点.
 */
export const removeDisclaimers = lineRule({
  name: 'remove-disclaimers',
  pattern:
    /^[•·\s]*(?:免责|版权|特别|郑重)?声明\s*[:：]?|(?:凡注明|转载自|转载请|未经(?:本网|本站)?(?:书面)?(?:授权|许可)|不代表本(?:网|站)|仅代表作者|本网(?:站)?(?:转载|刊载)|转载(?:目的|并不)|如有侵权|联系(?:我们|本网)删除|版权(?:归|属于))/,
  maxLength: 200,
});
