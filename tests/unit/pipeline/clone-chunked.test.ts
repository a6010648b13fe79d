import { describe, expect, it } from 'vitest';
import { cloneDocumentChunked } from '@/utils/pipeline/clone-chunked';
import { cloneDocumentCapped } from '@/utils/pipeline/prepare/clone-capped';

function page(depth: number): Document {
  const doc = document.implementation.createHTMLDocument('Deep and wide');
  doc.documentElement.setAttribute('lang', 'en');
  for (let i = 0; i < 300; i += 1) {
    const item = doc.createElement('p');
    item.className = `c${i}`;
    item.append(
      `paragraph ${i} `,
      doc.createComment('note'),
      Object.assign(doc.createElement('b'), { textContent: 'bold' }),
    );
    doc.body.append(item);
  }
  let parent: Element = doc.body;
  for (let level = 0; level < depth; level += 1) {
    const child = doc.createElement(level % 2 ? 'div' : 'section');
    child.append(`level ${level}`);
    parent.append(child);
    parent = child;
  }
  return doc;
}

describe('cloneDocumentChunked', () => {
  for (const depth of [10, 700]) {
    it(`builds cloneDocumentCapped's tree (${depth} levels), checkpointing as it goes`, async () => {
      const doc = page(depth);
      let checkpoints = 0;
      const chunked = await cloneDocumentChunked(
        doc,
        async () => {
          checkpoints += 1;
        },
        100,
      );
      const capped = cloneDocumentCapped(doc);
      expect(chunked.documentElement.outerHTML).toBe(capped.documentElement.outerHTML);
      expect(chunked.title).toBe('Deep and wide');
      expect(checkpoints).toBeGreaterThan(5);
    });
  }

  it('a page that changes between chunks still gives a whole tree', async () => {
    const doc = page(10);
    const clone = await cloneDocumentChunked(
      doc,
      async () => {
        doc.body.lastElementChild?.remove();
        doc.body.prepend(doc.createElement('aside'));
      },
      50,
    );
    expect(clone.body).not.toBeNull();
    expect(clone.body.querySelectorAll('p').length).toBeGreaterThan(250);
    // The live page's nodes are never moved into the clone.
    expect(clone.body.firstElementChild?.ownerDocument).toBe(clone);
  });
});
