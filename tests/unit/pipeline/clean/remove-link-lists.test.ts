import { describe, expect, it } from 'vitest';
import { removeLinkLists } from '@/utils/pipeline/clean/rules/remove-link-lists';
import { applyRule, PROSE, PROSE_EN } from './helpers';

describe('remove-link-lists', () => {
  it('removes a headline link list, keeps a table of contents with in-page links', () => {
    const { text } = applyRule(
      removeLinkLists,
      `<p>${PROSE.repeat(3)}</p><ul><li><a href="https://e.com/1">标题一</a></li><li><a href="https://e.com/2">标题二</a></li><li><a href="https://e.com/3">标题三</a></li></ul>` +
        `<ul><li><a href="#a">目录一</a></li><li><a href="#b">目录二</a></li><li><a href="#c">目录三</a></li></ul>`,
    );
    expect(text).not.toContain('标题一');
    expect(text).toContain('目录一');
    expect(text).toContain(PROSE);
  });
  it('keeps an infobox table of labelled values even when the values are links', () => {
    const row = (label: string, a: string, b: string) =>
      `<tr><th>${label}</th><td><a href="/w/${a}">${a}</a>, <a href="/w/${b}">${b}</a></td></tr>`;
    const { text } = applyRule(
      removeLinkLists,
      `<table>${row('Capital', 'Northport', 'Eastvale')}${row('Languages', 'Lowland', 'Highland')}${row('Currency', 'Crown', 'Penny')}</table><p>${PROSE_EN}</p><p>${PROSE_EN}</p>`,
    );
    expect(text).toContain('Northport');
  });
});
