import { firstMeta, type MetaTags } from './meta-tags';

/**
 * The page language as a BCP 47 tag: what the page declares (html lang, Content-Language,
 * og:locale), else guessed from the script of the text (Han → zh, kana → ja, Hangul → ko), else ''.
 * Declared `zh_CN` becomes `zh-CN`.
 */
export function extractLang(
  /** The root element's `lang` and `xml:lang` attributes ('' when absent). */
  rootLangs: readonly string[],
  tags: MetaTags,
  articleLang: string,
  sampleText: string,
): string {
  const declared = [
    ...rootLangs,
    firstMeta(tags, ['content-language', 'language', 'dc.language', 'og:locale']),
    articleLang,
  ];
  for (const value of declared) {
    const tag = normalizeLangTag(value);
    if (tag) return tag;
  }
  return detectLang(sampleText);
}

export function normalizeLangTag(value: string): string {
  const first = (value.split(/[,;]/)[0] ?? '').trim().replace(/_/g, '-');
  if (!/^[a-z]{2,3}(?:-[a-z0-9]{2,8})*$/i.test(first)) return '';
  const [lang, ...rest] = first.split('-');
  return [lang!.toLowerCase(), ...rest.map((p) => (p.length === 2 ? p.toUpperCase() : p))].join(
    '-',
  );
}

export function detectLang(text: string): string {
  const sample = text.slice(0, 5_000);
  const kana = (sample.match(/[\u3040-\u30ff]/g) ?? []).length;
  const hangul = (sample.match(/[\uac00-\ud7af]/g) ?? []).length;
  const han = (sample.match(/[\u3400-\u9fff]/g) ?? []).length;
  const latin = (sample.match(/[A-Za-z]/g) ?? []).length;
  if (kana > 20 && kana * 5 > han) return 'ja';
  if (hangul > 20 && hangul > han) return 'ko';
  if (han > 20 && han * 2 > latin / 4) return 'zh';
  if (latin > 20) return 'en';
  return '';
}

/** Whether times without a zone on this page are Beijing time. */
export function isChinesePage(lang: string, host: string): boolean {
  return /^zh\b/i.test(lang) || /\.(?:cn|com\.cn|net\.cn|org\.cn|gov\.cn)$/.test(host);
}
