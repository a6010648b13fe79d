import { lineRule } from '../line-rule';

const DATE = String.raw`(?:19|20)\d{2}\s*[-年/.]\s*\d{1,2}\s*[-月/.]\s*\d{1,2}`;
const ENGLISH_DATE = String.raw`(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+(?:19|20)\d{2}`;

/**
 * Date / source / author lines at the head of the article (2022-07-17 10:09 来源：新华社 作者：…).
 * The metadata step reads them from the page; in the body they are noise. Only the head zone (before
 * the first prose line) and not list items or data-table cells, where dates are content.
 */
export const removeMetaLines = lineRule({
  name: 'remove-meta-lines',
  pattern: new RegExp(
    String.raw`^(?:${DATE}|(?:发布|发表|更新|出版)?(?:时间|日期)\s*[:：]|来源\s*[:：]|作者\s*[:：]|记者\s*[:：]|(?:本文)?来源于?\s*[:：]|[【\[(（]?\s*字号|浏览(?:次数|量)?\s*[:：]|最后更新)|${DATE}\s*\d{1,2}\s*[:：]\d{2}|(?:来源|作者|编辑|稿源)\s*[:：]|(?:阅读|点击|浏览)(?:次数|量|数)\s*[:：]?\s*\d*|^${ENGLISH_DATE}(?:[\s,]+(?:at\s+)?\d{1,2}:\d{2}(?:\s*[ap]\.?m\.?)?)?\s*$|记者\s*\S{1,12}\s*[/／╱]\s*\S{0,8}报[导道]|^(?:by\s+[^.!?]{2,40}|published|updated|posted)\b.{0,60}$`,
    'i',
  ),
  maxLength: 90,
  zone: 'head',
  skipInside: 'li, th',
  skipDataTables: true,
});
