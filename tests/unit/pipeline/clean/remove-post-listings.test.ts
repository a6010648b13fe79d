import { describe, expect, it } from 'vitest';
import { removePostListings } from '@/utils/pipeline/clean/rules/remove-post-listings';
import { applyRule, PROSE } from './helpers';

function reply(id: number, title: string, author: string, time: string): string {
  return `<li><img src="/face.gif"><a href="/thread?id=${id}">${title}</a>【<a href="/user/${id}">${author}</a>】<span>${time}</span>&nbsp;298字&nbsp;[4321/87]`;
}

describe('remove-post-listings', () => {
  it("removes a forum thread's reply tree, however much of the clip it is", () => {
    const tree =
      '<ul>' +
      reply(1, '旅行中，谁忽悠了你？', '版主', '08-11 16:06') +
      '<ul>' +
      reply(2, '参与旅行社的一般都是弱势群体……', '梅骏', '08-11 16:58') +
      reply(3, '斑竹啊，你们是要故事，还是要俺们发牢骚哦？', '猫猫', '08-11 17:03') +
      '</ul>' +
      reply(4, '一把辛酸泪啊。', '皮皮', '08-11 17:15') +
      reply(5, '还是素质问题', '柠檬', '08-11 17:20') +
      reply(6, '偶哭诉一个', '猫猫', '08-11 17:45') +
      reply(7, '我的经历：', 'hylxy', '08-11 18:24') +
      '</ul>';
    const { text } = applyRule(removePostListings, `<p>${PROSE}</p><p>回复线索：</p>${tree}`);
    expect(text).toContain(PROSE);
    expect(text).not.toContain('弱势群体');
    expect(text).not.toContain('我的经历');
  });

  it('keeps a timeline whose dated entries have text of their own', () => {
    const item = (d: string) =>
      `<li>${d} <a href="/e">会议</a>在北京召开，代表们讨论了明年的预算和人事安排。</li>`;
    const list = `<ul>${['3-1', '3-2', '3-3', '3-4', '3-5'].map(item).join('')}</ul>`;
    expect(applyRule(removePostListings, `<p>${PROSE}</p>${list}`).text).toContain('人事安排');
  });

  it('keeps a table of dated, linked rows (a filmography is data, not a listing)', () => {
    const row = (n: number) =>
      `<tr><td>2002年3月${n}日</td><td><a href="/kbs">KBS2</a></td><td><a href="/show">Happy Together</a></td></tr>`;
    const table = `<table>${[1, 2, 3, 4, 5, 6].map(row).join('')}</table>`;
    expect(applyRule(removePostListings, `<p>${PROSE}</p>${table}`).text).toContain('2002年3月6日');
  });

  it('keeps a table of contents (numbered sections linking into the page)', () => {
    const item = (n: number) => `<li><a href="#s${n}">3.${n} Firefox</a></li>`;
    const toc = `<ul>${[1, 2, 3, 4, 5, 6].map(item).join('')}</ul>`;
    expect(applyRule(removePostListings, `<p>${PROSE}</p>${toc}`).text).toContain('3.6 Firefox');
  });

  it('keeps a listing that is the whole clip (an index page clipped on purpose)', () => {
    const list = `<ul>${[1, 2, 3, 4, 5].map((n) => reply(n, `标题${n}`, '作者', `08-1${n} 10:00`)).join('')}</ul>`;
    expect(applyRule(removePostListings, list).text).toContain('标题3');
  });
});
