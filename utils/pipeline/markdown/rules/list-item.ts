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
      const index = Array.prototype.indexOf.call(parent.children, node) as number;
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
    return `${marker} ${body}${node.nextSibling ? '\n' : ''}`;
  },
};
