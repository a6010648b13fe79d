import TurndownService from 'turndown';

/**
 * Turndown's Markdown escaping, plus `<` before a tag-like character: page text such as
 * "&lt;a href=…&gt;" must stay text, not become raw HTML (or an autolink) in the Markdown.
 * Chinese punctuation is never touched (the escapes only concern ASCII Markdown syntax).
 */
const baseEscape = TurndownService.prototype.escape;

export function escapeMarkdownText(text: string): string {
  return (
    baseEscape
      .call(TurndownService.prototype, text)
      .replace(/<(?=[A-Za-z/!?])/g, '\\<')
      // An underscore between letters or digits never starts emphasis (snake_case, 文件_名).
      .replace(/(?<=[\p{L}\p{N}])\\_(?=[\p{L}\p{N}])/gu, '_')
  );
}
