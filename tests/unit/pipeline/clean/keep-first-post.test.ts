import { describe, expect, it } from 'vitest';
import { keepFirstPost } from '@/utils/pipeline/clean/rules/keep-first-post';
import { applyRule, PROSE } from './helpers';

/** One post of a blog archive page: a title row with its stamp, the body, a footer. */
function post(title: string, stamp: string, body: string): string {
  return (
    `<tr><td><table class="post"><tr><td>${title}</td><td>${stamp}</td></tr>` +
    `<tr><td>${body}</td></tr><tr><td>由作者张贴 @ <a href="/p">${stamp}</a> 共 3 篇评论</td></tr></table></td></tr>`
  );
}

describe('keep-first-post', () => {
  it('keeps only the first post of an archive page (a series of stamped posts)', () => {
    const html =
      '<table>' +
      post('第一篇', '2005-03-21 01:20:44', `甲${PROSE}`) +
      post('第二篇', '2005-03-18 01:58:01', `乙${PROSE}`) +
      post('第三篇', '2005-03-15 16:47:37', `丙${PROSE}`) +
      '</table>';
    const { text } = applyRule(keepFirstPost, html);
    expect(text).toContain(`甲${PROSE}`);
    expect(text).toContain('第一篇');
    expect(text).not.toContain('乙');
    expect(text).not.toContain('第三篇');
  });

  it('keeps two stamped posts (a post and one reply is not a series)', () => {
    const html =
      '<table>' +
      post('第一篇', '2005-03-21 01:20:44', `甲${PROSE}`) +
      post('回复', '2005-03-22 08:00:00', `乙${PROSE}`) +
      '</table>';
    expect(applyRule(keepFirstPost, html).text).toContain(`乙${PROSE}`);
  });

  it('keeps an article whose stamped entries carry no prose (a comment list of one-liners)', () => {
    const entry = (n: number) =>
      `<div class="c"><p>网友${n} 2022-07-17 10:0${n}</p><p>说得好</p></div>`;
    const html = `<p>${PROSE}</p><p>${PROSE}</p>${[1, 2, 3, 4].map(entry).join('')}`;
    expect(applyRule(keepFirstPost, html).text).toContain('网友4');
  });

  it('keeps live-blog style entries of different shapes', () => {
    const html =
      `<div class="lead"><p>2022-07-17 10:00</p><p>甲${PROSE}</p></div>` +
      `<section><p>2022-07-17 11:00</p><p>乙${PROSE}</p></section>` +
      `<article><p>2022-07-17 12:00</p><p>丙${PROSE}</p></article>`;
    expect(applyRule(keepFirstPost, html).text).toContain(`丙${PROSE}`);
  });
});
