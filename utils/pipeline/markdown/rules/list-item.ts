import type { MarkdownRule } from '../rule';

/**
 * `<li>` → `- item` / `3. item` with one space after the marker (Turndown's default pads to four),
 * continuation lines indented to the content so nested lists and paragraphs stay in the item.
 */
export const listItemRule: MarkdownRule = {
  name: 'listItem',
  filter: 'li',
  replacement: (content, node) => {
    const parent = node.parentNode as Element | null;
    let marker = '-';
    if (parent?.nodeName === 'OL') {
      const start = Number.parseInt(parent.getAttribute('start') ?? '1', 10);
      // Items only: stray elements in a broken list do not take a number.
      let index = 0;
      for (let prev = node.previousElementSibling; prev; prev = prev.previousElementSibling) {
        if (prev.nodeName === 'LI') index++;
      }
      marker = `${(Number.isFinite(start) ? start : 1) + index}.`;
    }
    const indent = ' '.repeat(marker.length + 1);
    const body = content
      .replace(/^\n+/, '')
      .replace(/\n+$/, '')
      .replace(/\n/g, `\n${indent}`)
      .replace(/\n\s+\n/g, '\n\n');
    // An <li> outside a list (broken markup) is still a block of its own.
    if (parent?.nodeName !== 'UL' && parent?.nodeName !== 'OL') return `\n\n${marker} ${body}\n\n`;
    // Text or an inline element right before the item inside the list (broken markup) would leave
    // the marker mid-line: `!- ```` is a paragraph, not an item, and a fence in it would open a
    // code span that swallows the rest of the page's code blocks' closing fences.
    const start = followsInlineContent(node) ? '\n\n' : '';
    return `${start}${marker} ${body}${node.nextSibling ? '\n' : ''}`;
  },
};

/** True when a non-blank text or a non-item element comes before this item inside its list. */
function followsInlineContent(item: Node): boolean {
  for (let prev = item.previousSibling; prev; prev = prev.previousSibling) {
    if (prev.nodeType === 3) {
      if ((prev.nodeValue ?? '').trim()) return true;
      continue;
    }
    if (prev.nodeType !== 1) continue;
    return prev.nodeName !== 'LI';
  }
  return false;
}
