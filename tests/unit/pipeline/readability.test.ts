import { describe, expect, it } from 'vitest';
import { htmlToPlainText } from '@/utils/pipeline/plain-text';
import { preparePage } from '@/utils/pipeline/prepare';
import { extractArticle } from '@/utils/pipeline/readability';

const URL_ = 'https://math.example.com/notes/quadratic.html';
const PARAGRAPH =
  'This paragraph explains the method step by step, with enough words to look like article prose.';

/** An equation as MathJax 3 renders it: drawn glyphs plus a hidden MathML copy. */
function mathJax(letter: string): string {
  return (
    `<mjx-container class="MathJax CtxtMenu_Attached_0" jax="CHTML">` +
    `<mjx-math class="MJX-TEX" aria-hidden="true"><mjx-mi><mjx-c class="mjx-c1D44E"></mjx-c></mjx-mi></mjx-math>` +
    `<mjx-assistive-mml display="inline"><math xmlns="http://www.w3.org/1998/Math/MathML"><mi>${letter}</mi><mo>≠</mo><mn>0</mn></math></mjx-assistive-mml>` +
    `</mjx-container>`
  );
}

describe('extractArticle: MathJax equations', () => {
  it('keeps the MathML of MathJax 3 equations in their sentence', () => {
    const html = `<!doctype html><html><head><title>Notes</title></head><body><article>
      ${Array.from({ length: 4 }, () => `<p>${PARAGRAPH}</p>`).join('')}
      <p>When ${mathJax('q')} there are two solutions, as the paragraphs above show in detail.</p>
    </article></body></html>`;
    const doc = new DOMParser().parseFromString(html, 'text/html');
    const article = extractArticle(preparePage(doc, URL_), URL_);
    const text = htmlToPlainText(article.content);
    expect(text).toMatch(/When\s*q\s*≠\s*0\s*there are two solutions/);
    expect(article.content.querySelector('mjx-container')).toBeNull();
  });
});
