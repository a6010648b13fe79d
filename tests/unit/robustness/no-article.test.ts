/**
 * The no-article decision (issue 5 bug): Readability returns its best attempt even for a page
 * whose body is `<div>hi</div>`, so the pipeline itself must say "no article" below about one
 * sentence of text (the extension's floor, an option of the pipeline: the CLI and the evaluation
 * keep Readability's own judgement) — and the content script must pass that on as `no-article` (which the popup
 * answers with "Clip the whole page anyway"), not save a one-word clip.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { runContentClip } from '@/utils/clip-tab/content-clip';
import { clipDocument } from '@/utils/pipeline/index';
import { BROWSER_MIN_ARTICLE_WORDS } from '@/utils/pipeline/readability';
import { clipHtml } from './helpers';

const STUBS = [
  '<div>hi</div>',
  '<html><head><title>T</title></head><body><div>hi</div></body></html>',
  '<html><body>Test</body></html>',
  '<html><body><main><h1>Welcome</h1><p>Coming soon.</p></main></body></html>',
  '<html><body><p>敬请期待</p></body></html>',
];

const BROWSER = { minArticleWords: BROWSER_MIN_ARTICLE_WORDS };

describe('no article below a short sentence of text', () => {
  it.each(STUBS)('%s → NoArticleError, and a whole-page clip when asked', (html) => {
    expect(clipHtml(html, BROWSER).kind).toBe('no-article');
    const whole = clipHtml(html, { ...BROWSER, wholePage: true });
    expect(whole.kind).toBe('clip');
    if (whole.kind === 'clip') expect(whole.clip.flags).toContain('whole-page');
  });

  it('keeps short real articles: one English sentence, one Chinese sentence, a photo with a caption', () => {
    const english =
      '<html><body><article><p>The city council approved the new eastern tram line on Tuesday evening after a long and heated debate.</p></article></body></html>';
    const chinese =
      '<html><body><article><p>市政府周二宣布，东部新城的有轨电车线路将于明年春天正式开工建设。</p></article></body></html>';
    const photo =
      '<html><body><article><figure><img src="https://news.example.cn/p.jpg"><figcaption>雪后的老街</figcaption></figure></article></body></html>';
    for (const html of [english, chinese, photo]) {
      const outcome = clipHtml(html, BROWSER);
      expect(outcome.kind, html).toBe('clip');
    }
  });

  it('a selection of a single word is still clipped (the user chose it)', () => {
    const outcome = clipHtml('<html><body><div>hi</div></body></html>', {
      ...BROWSER,
      selectionHtml: 'hi',
    });
    expect(outcome.kind).toBe('clip');
    expect(BROWSER_MIN_ARTICLE_WORDS).toBeGreaterThan(1);
  });

  it('without the floor (CLI, evaluation) a tiny page keeps Readability’s own answer', () => {
    expect(clipHtml('<html><body><div>hi</div></body></html>').kind).toBe('clip');
  });
});

describe('content script on a <div>hi</div> page', () => {
  afterEach(() => {
    document.head.replaceChildren();
    document.body.replaceChildren();
  });

  it('answers no-article with the real pipeline, and clips the whole page when asked', async () => {
    const div = document.createElement('div');
    div.textContent = 'hi';
    document.body.append(div);
    const request = { selectionOnly: false, wholePage: false };
    expect(await runContentClip(window, request, clipDocument)).toMatchObject({
      ok: false,
      code: 'no-article',
    });
    const whole = await runContentClip(window, { ...request, wholePage: true }, clipDocument);
    expect(whole.ok && whole.result.flags).toContain('whole-page');
    expect(whole.ok && whole.result.text).toBe('hi');
  });
});
