import { describe, expect, it } from 'vitest';
import { cloneDocumentCapped } from '../../../../utils/pipeline/prepare/clone-capped';

function depthOf(doc: Document): number {
  let max = 0;
  const walker = doc.createTreeWalker(doc, NodeFilter.SHOW_ELEMENT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    let depth = 0;
    for (let p = node.parentNode; p; p = p.parentNode) depth += 1;
    if (depth > max) max = depth;
  }
  return max;
}

describe('cloneDocumentCapped', () => {
  it('copies an ordinary document exactly', () => {
    const doc = new DOMParser().parseFromString(
      '<html><head><title>T</title></head><body><p class="a">one <b>two</b></p><!--c--><p>three</p></body></html>',
      'text/html',
    );
    const copy = cloneDocumentCapped(doc);
    expect(copy).not.toBe(doc);
    expect(copy.documentElement.outerHTML).toBe(doc.documentElement.outerHTML);
  });

  it('caps nesting and keeps the text in document order', () => {
    const doc = document.implementation.createHTMLDocument('');
    let parent: Element = doc.body;
    for (let i = 0; i < 3000; i += 1) {
      const div = doc.createElement('div');
      div.append(doc.createTextNode(`${i} `));
      parent.append(div);
      parent = div;
    }
    const copy = cloneDocumentCapped(doc, 100);
    expect(depthOf(copy)).toBeLessThanOrEqual(102);
    const words = (copy.body.textContent ?? '').trim().split(' ');
    expect(words).toHaveLength(3000);
    expect(words.slice(95, 105)).toEqual(Array.from({ length: 10 }, (_, i) => String(95 + i)));
  });
});
