import type { MarkdownRule } from '../rule';
import { sanitizedOuterHtml } from '../safe-html';
import { tableShape } from '../table-shape';
import { childElements } from '../../prepare/elements';

/**
 * `<table>`: a pipe table (rows come from the table-row rule), kept HTML for complex tables, or
 * its content for one-column layout tables. A `<caption>` becomes an italic line above.
 */
export const tableRule: MarkdownRule = {
  name: 'table',
  filter: 'table',
  replacement: (content, node) => {
    const shape = tableShape(node);
    if (shape === 'html') return `\n\n${sanitizedOuterHtml(node)}\n\n`;
    if (shape === 'unwrap') return `\n\n${content}\n\n`;
    const caption = childElements(node).find((c) => c.nodeName === 'CAPTION');
    const captionText = (caption?.textContent ?? '').replace(/\s+/g, ' ').trim();
    const captionLine = captionText ? `*${captionText.replace(/[*_\\]/g, '\\$&')}*\n\n` : '';
    return `\n\n${captionLine}${content.replace(/^\n+|\n+$/g, '')}\n\n`;
  },
};
