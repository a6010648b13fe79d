/**
 * A caption as a line of italics. At the start and end of a line `*` always flanks, so the only
 * case that needs the `<em>` form is a caption that itself starts or ends with emphasis markup.
 */
export function italicLine(text: string): string {
  if (/^\*|(?<!\\)\*$/.test(text)) return `<em>${text}</em>`;
  return `*${text}*`;
}
