import fc from 'fast-check';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { clipDocument } from '../../../../utils/pipeline/index';
import { normalizeSpace } from '../../../../utils/pipeline/metadata/meta-tags';
import { bodyTextStart } from '../../../../utils/pipeline/metadata/page-facts';

const URL_ = 'https://news.example.com/a.html';

function parse(html: string): Document {
  return new JSDOM(html, { url: URL_ }).window.document;
}

describe('bodyTextStart', () => {
  it('is the start of the normalized body text, without reading all of it', () => {
    // Text nodes of random spacing (NBSP, ideographic space, zero-width space included) and
    // letters, in random inline/block wrappers: the prefix must equal the whole text's prefix.
    const doc = parse('<body></body>');
    const piece = fc.stringMatching(/^[ab \u00a0\u3000\u200b\n中]{0,12}$/);
    fc.assert(
      fc.property(
        fc.array(piece, { maxLength: 30 }),
        fc.integer({ min: 0, max: 40 }),
        (parts, n) => {
          doc.body.replaceChildren();
          parts.forEach((text, i) => {
            const wrapper = doc.createElement(i % 3 === 0 ? 'p' : 'span');
            wrapper.textContent = text;
            doc.body.append(i % 2 === 0 ? wrapper : doc.createTextNode(text));
          });
          expect(bodyTextStart(doc, n)).toBe(normalizeSpace(doc.body.textContent).slice(0, n));
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('clipDocument reads the page before Readability changes it', () => {
  it('takes the date line under the title heading, which Readability leaves out of the article', () => {
    // The heading and the date line sit outside the article Readability extracts; the metadata
    // step must still find them although Readability has since rewritten the prepared page.
    const html = `<html><head><title>江城举办灯会 - 示例网</title></head><body>
      <div class="header"><h1>江城举办灯会</h1><div class="info">2022年07月17日 10:09 来源：新华社</div></div>
      <div class="content"><p>${'江城今晚举办灯会，市民纷纷前来观赏，现场热闹非凡。'.repeat(12)}</p>
      <p>${'灯会将持续三天，主办方提醒市民注意安全，文明观灯。'.repeat(12)}</p></div>
      <div class="breadcrumb">首页 &gt; 社会 &gt; 正文</div></body></html>`;
    const clip = clipDocument(parse(html), URL_);
    expect(clip.text).not.toContain('来源');
    expect(clip.meta.publishedAt).toBe('2022-07-17T02:09:00.000Z');
    expect(clip.meta.source).toBe('新华社');
    expect(clip.meta.section).toBe('社会');
  });
});
