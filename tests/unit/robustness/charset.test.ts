import { describe, expect, it } from 'vitest';
import { ARTICLE_PARAGRAPHS, articleHtml, clipBytes, encodeGbk } from './helpers';

/** Pages that declare the wrong charset still come out as readable Chinese. */
describe('wrong charset declared', () => {
  const body = `<html><head><meta charset="%CHARSET%"><title>经济</title></head><body>${articleHtml()}</body></html>`;

  it('GBK bytes declaring utf-8', () => {
    const bytes = encodeGbk(body.replace('%CHARSET%', 'utf-8'));
    const outcome = clipBytes(bytes);
    expect(outcome.kind).toBe('clip');
    if (outcome.kind === 'clip') expect(outcome.clip.text).toContain(ARTICLE_PARAGRAPHS[1]);
  });

  it('UTF-8 bytes declaring gb2312', () => {
    const bytes = new TextEncoder().encode(body.replace('%CHARSET%', 'gb2312'));
    const outcome = clipBytes(bytes);
    expect(outcome.kind).toBe('clip');
    if (outcome.kind === 'clip') expect(outcome.clip.text).toContain(ARTICLE_PARAGRAPHS[2]);
  });

  it('UTF-8 bytes declaring iso-8859-1', () => {
    const bytes = new TextEncoder().encode(body.replace('%CHARSET%', 'iso-8859-1'));
    const outcome = clipBytes(bytes);
    expect(outcome.kind).toBe('clip');
    if (outcome.kind === 'clip') expect(outcome.clip.text).toContain(ARTICLE_PARAGRAPHS[0]);
  });
});
