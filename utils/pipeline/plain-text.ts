import { BLOCK_TAGS } from './block-tags';

/**
 * Plain text of an article element, the way a reader sees it: paragraphs and other blocks on their
 * own lines (separated by an empty line), `<br>` as a line break, table cells separated by a space,
 * whitespace inside a block collapsed, `<pre>` kept verbatim. This is the text the evaluation scores,
 * so blocks must never run together ("end.</p><p>Next" must not become "end.Next").
 */
export function htmlToPlainText(el: Element): string {
  const parts: string[] = [];
  walk(el, parts, false);
  return (
    parts
      .join('')
      // Block boundaries were marked, not written: adjacent boundaries (</li></ul>) collapse into one,
      // a paragraph boundary winning over a line boundary.
      .replace(/[\s\ue000\ue001]*[\ue000\ue001][\s\ue000\ue001]*/g, (run) =>
        run.includes(PARAGRAPH_BREAK) ? '\n\n' : '\n',
      )
      .split('\n')
      .map((line) =>
        line.replace(/[ \t\f\r\u00a0]+/g, (m) => (m.includes('\u00a0') ? ' ' : ' ')).trim(),
      )
      .join('\n')
      .replace(/\n{3,}/g, '\n\n')
      .trim()
  );
}

const LINE_BREAK = '\ue000';
const PARAGRAPH_BREAK = '\ue001';
const SKIP_TAGS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'HEAD', 'TITLE']);
const LINE_TAGS = new Set(['LI', 'TR', 'DT', 'DD', 'CAPTION', 'FIGCAPTION']);

function walk(node: Node, out: string[], inPre: boolean): void {
  for (let child = node.firstChild; child; child = child.nextSibling) {
    if (child.nodeType === 3) {
      const text = child.nodeValue ?? '';
      out.push(inPre ? text : text.replace(/\s+/g, ' '));
      continue;
    }
    if (child.nodeType !== 1) continue;
    const tag = (child as Element).tagName.toUpperCase();
    if (SKIP_TAGS.has(tag)) continue;
    if (tag === 'BR') {
      out.push('\n');
      continue;
    }
    if (tag === 'TD' || tag === 'TH') {
      out.push(' ');
      walk(child, out, inPre);
      out.push(' ');
      continue;
    }
    if (BLOCK_TAGS.has(tag)) {
      const sep = LINE_TAGS.has(tag) ? LINE_BREAK : PARAGRAPH_BREAK;
      out.push(sep);
      walk(child, out, inPre || tag === 'PRE');
      out.push(sep);
      continue;
    }
    walk(child, out, inPre);
  }
}
