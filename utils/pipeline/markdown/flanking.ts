/**
 * CommonMark only treats `**` / `*` / `~~` as emphasis when the delimiter "flanks" the text: an
 * opening `**` followed by punctuation must follow whitespace or punctuation. Chinese puts no
 * spaces around emphasis, so `他说<b>“你好”</b>。` written as `他说**“你好”**。` would print the
 * asterisks. Adding spaces changes the text; instead the rule falls back to the inline HTML tag,
 * which Markdown renders the same and which keeps the characters exactly as on the page.
 */
const WHITESPACE = /^\s?$/u; // '' = start/end of a line counts as whitespace
const PUNCTUATION = /^[\p{P}\p{S}]$/u;

function canOpen(before: string, after: string): boolean {
  if (WHITESPACE.test(after)) return false;
  return !PUNCTUATION.test(after) || WHITESPACE.test(before) || PUNCTUATION.test(before);
}

function canClose(before: string, after: string): boolean {
  if (WHITESPACE.test(before)) return false;
  return !PUNCTUATION.test(before) || WHITESPACE.test(after) || PUNCTUATION.test(after);
}

/** The character the output will have right before `node` (approximated from the DOM). */
export function charBefore(node: Node): string {
  for (let current: Node | null = node; current; current = current.parentNode) {
    if (current.previousSibling) return lastChar(current.previousSibling.textContent ?? '');
    if (isBlockish(current.parentNode)) return '';
  }
  return '';
}

/** The character the output will have right after `node`. */
export function charAfter(node: Node): string {
  for (let current: Node | null = node; current; current = current.parentNode) {
    if (current.nextSibling) return Array.from(current.nextSibling.textContent ?? '')[0] ?? '';
    if (isBlockish(current.parentNode)) return '';
  }
  return '';
}

function lastChar(text: string): string {
  const chars = Array.from(text);
  return chars[chars.length - 1] ?? '';
}

const INLINE_PARENTS = new Set([
  'A',
  'B',
  'STRONG',
  'EM',
  'I',
  'SPAN',
  'FONT',
  'U',
  'S',
  'DEL',
  'STRIKE',
  'MARK',
  'SMALL',
  'SUB',
  'SUP',
  'CODE',
  'CITE',
  'Q',
  'ABBR',
  'LABEL',
]);
function isBlockish(node: Node | null): boolean {
  return !node || node.nodeType !== 1 || !INLINE_PARENTS.has(node.nodeName);
}

/**
 * `content` wrapped in `delimiter` when Markdown will read it back as emphasis in this position,
 * else in `<tag>…</tag>`. `content` is already trimmed of flanking whitespace by Turndown.
 */
export function wrapInline(content: string, node: Node, delimiter: string, tag: string): string {
  const inner = content.trim();
  if (!inner) return '';
  // Emphasis around blocks (a <p> inside <b>) cannot be written: Markdown emphasis stops at a
  // blank line, and a lone closing tag on its own line would open a raw-HTML block.
  // Block children always arrive wrapped in blank lines, so test the untrimmed content.
  if (/\n\s*\n/.test(content)) return content;
  content = inner;
  const chars = Array.from(content);
  const first = chars[0] ?? '';
  const last = chars[chars.length - 1] ?? '';
  // Turndown moved whitespace that was inside the element to the outside.
  const hadLeadingSpace = /^\s/.test(node.textContent ?? '');
  const hadTrailingSpace = /\s$/.test(node.textContent ?? '');
  const before = hadLeadingSpace ? ' ' : charBefore(node);
  const after = hadTrailingSpace ? ' ' : charAfter(node);
  if (canOpen(before, first) && canClose(last, after)) return `${delimiter}${content}${delimiter}`;
  return `<${tag}>${content}</${tag}>`;
}

/** True when an ancestor is the same kind of emphasis (nested `<b><b>` adds nothing). */
export function insideSame(node: Node, tags: readonly string[]): boolean {
  for (let p = node.parentNode; p; p = p.parentNode) if (tags.includes(p.nodeName)) return true;
  return false;
}
