import TurndownService from 'turndown';

/**
 * Turndown's Markdown escaping, plus `<` before a tag-like character: page text such as
 * "&lt;a href=…&gt;" must stay text, not become raw HTML (or an autolink) in the Markdown.
 * That `<` is written as the entity `&lt;`, not `\<`: a backslash can be swallowed by the
 * character before it (marked's GFM autolink takes `https://x/a)*\` whole, and the `<javascript:q>`
 * after it became a live link), while an entity is text in every Markdown renderer.
 * Chinese punctuation is never touched (the escapes only concern ASCII Markdown syntax).
 */
const baseEscape = TurndownService.prototype.escape;

export function escapeMarkdownText(text: string): string {
  return (
    baseEscape
      .call(TurndownService.prototype, text)
      .replace(/<(?=[A-Za-z/!?])/g, '&lt;')
      // An underscore between letters or digits never starts emphasis (snake_case, 文件_名).
      .replace(/(?<=[\p{L}\p{N}])\\_(?=[\p{L}\p{N}])/gu, '_')
  );
}
