import { describe, expect, it } from 'vitest';
import { removeEditLinks } from '@/utils/pipeline/clean/rules/remove-edit-links';
import { applyRule, PROSE_EN } from './helpers';

describe('remove-edit-links', () => {
  it('removes wiki [edit] links', () => {
    const { text } = applyRule(
      removeEditLinks,
      `<h2>History<span class="mw-editsection">[edit]</span></h2><p>${PROSE_EN}</p>`,
    );
    expect(text).not.toContain('[edit]');
    expect(text).toContain('History');
  });

  it('matches class names case-insensitively only in quirks mode, as a class selector does', () => {
    const html = `<h2>History<span class="Edit-Link">[edit]</span></h2><p>${PROSE_EN}</p>`;
    expect(applyRule(removeEditLinks, html).text).toContain('[edit]');
    const quirks = new DOMParser().parseFromString(
      `<body><div id="root">${html}</div></body>`,
      'text/html',
    );
    const root = quirks.getElementById('root')!;
    expect(quirks.compatMode).toBe('BackCompat');
    removeEditLinks.apply(root, { title: '', url: 'https://example.com/a.html' });
    expect(root.textContent).not.toContain('[edit]');
  });
});
