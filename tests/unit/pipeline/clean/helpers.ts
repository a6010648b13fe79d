import type { CleanRule } from '@/utils/pipeline/clean/types';
import { htmlToPlainText } from '@/utils/pipeline/plain-text';

/** Parses `html` into a detached article root, applies `rule`, returns the plain text left. */
export function applyRule(
  rule: CleanRule,
  html: string,
  title = '',
): { text: string; root: Element } {
  const doc = new DOMParser().parseFromString(
    `<!doctype html><body><div id="root">${html}</div></body>`,
    'text/html',
  );
  const root = doc.getElementById('root')!;
  rule.apply(root, { title, url: 'https://example.com/a.html' });
  return { text: htmlToPlainText(root), root };
}

export const PROSE =
  '这是一段足够长的正文内容，用来说明文章的主体部分，它包含完整的句子、逗号和句号等标点符号。';
export const PROSE_EN =
  'This is a long enough paragraph of article prose, with full sentences and punctuation in it.';
