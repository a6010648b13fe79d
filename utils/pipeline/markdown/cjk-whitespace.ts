/**
 * A line break in the HTML source between two CJK characters (pages hard-wrapped in the editor)
 * is not a space: a reader of Chinese sees one run of text, and Markdown would print a space.
 * Removes such whitespace from text nodes of `root` (outside <pre>); `root` is a private clone.
 */
const CJK = '\\u2e80-\\u9fff\\uf900-\\ufaff\\uff00-\\uffef\\u3000-\\u303f';
const BREAK_BETWEEN_CJK = new RegExp(`(?<=[${CJK}])[ \\t]*[\\r\\n][\\s]*(?=[${CJK}])`, 'g');

export function joinCjkLineBreaks(root: Node): void {
  const doc = root.ownerDocument ?? (root as Document);
  const walker = doc.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = node.nodeValue ?? '';
    if (!/[\r\n]/.test(text) || insidePre(node)) continue;
    const joined = text.replace(BREAK_BETWEEN_CJK, '');
    if (joined !== text) node.nodeValue = joined;
  }
}

function insidePre(node: Node): boolean {
  for (let p = node.parentNode; p; p = p.parentNode)
    if (p.nodeName === 'PRE' || p.nodeName === 'TEXTAREA') return true;
  return false;
}
