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

/**
 * A character some escape below looks for (Turndown's: anywhere, or at the start of the text):
 * text without one (most of an article's text nodes) comes back unchanged, without the fifteen
 * regular-expression passes.
 */
const MAY_NEED_ESCAPE = /[\\*`[\]_<]|^[-+=#~>\d]/;

export function escapeMarkdownText(text: string): string {
  if (!MAY_NEED_ESCAPE.test(text)) return text;
  return (
    baseEscape
      .call(TurndownService.prototype, text)
      .replace(/<(?=[A-Za-z/!?])/g, '&lt;')
      // An underscore between letters or digits never starts emphasis (snake_case, 文件_名).
      .replace(/(?<=[\p{L}\p{N}])\\_(?=[\p{L}\p{N}])/gu, '_')
  );
}
