/**
 * A page full of XSS payloads is clipped, stored and previewed in the popup: nothing executes in
 * the extension page. Three independent detectors, because the extension pages' CSP would block
 * most inline code even if the sanitizer failed (and the test must be able to fail):
 *  1. the preview DOM holds no script-capable element, no on* attribute and no javascript:/data:/
 *     vbscript: URL — what DOMPurify guarantees, checked directly;
 *  2. no CSP violation was reported (unsanitized inline code reaching the DOM triggers one);
 *  3. the canary: every payload calls /canary on the test server and sets window.__canary — the
 *     hostile tab is closed before the preview opens, so any canary request comes from the
 *     extension.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ClipDone } from '../../utils/messages';
import { allowEsbuildHelpers, startE2E, type E2E } from './helpers/extension';
import { openCollectionView, openPreview, waitForRows } from './helpers/ui';

const DANGEROUS_URL = /^(javascript|data|vbscript):/i;

/** Everything in the preview that could run code, as readable strings (empty = clean). */
async function scriptCapableContent(page: Page): Promise<string[]> {
  return page.locator('[data-testid="preview"]').evaluate((root) => {
    const found: string[] = [];
    const forbiddenTags = [
      'script',
      'iframe',
      'frame',
      'object',
      'embed',
      'form',
      'base',
      'meta',
      'link',
      'style',
    ];
    for (const element of [root, ...root.querySelectorAll('*')]) {
      const tag = element.localName;
      if (forbiddenTags.includes(tag)) found.push(`<${tag}>`);
      for (const attribute of element.attributes) {
        const name = attribute.name.toLowerCase();
        // Control characters and spaces are ignored by URL parsers: 'java\tscript:' is javascript:.
        // eslint-disable-next-line no-control-regex -- URL parsers drop C0 controls and spaces
        const value = attribute.value.replace(/[\u0000-\u0020]/g, '').toLowerCase();
        if (name.startsWith('on')) found.push(`${tag}[${name}]`);
        if (name === 'srcdoc') found.push(`${tag}[srcdoc]`);
        if (
          [
            'href',
            'src',
            'action',
            'formaction',
            'data',
            'xlink:href',
            'poster',
            'background',
          ].includes(name) &&
          /^(javascript|data|vbscript):/.test(value)
        ) {
          found.push(`${tag}[${name}=${attribute.value.slice(0, 40)}]`);
        }
        if (name === 'style' && /javascript:|expression\(/.test(value)) found.push(`${tag}[style]`);
      }
    }
    return found;
  });
}

describe('hostile page: clip → store → preview runs nothing', () => {
  let e2e: E2E;
  let hostile: ClipDone;

  beforeAll(async () => {
    e2e = await startE2E();
  });
  afterAll(async () => {
    await e2e?.close();
  });

  it('clips the hostile page', async () => {
    const { page, tabId } = await e2e.openTestPage('/hostile.html');
    // The payloads do run on the page itself (it is a web page): proof the canary works.
    await expect
      .poll(() => e2e.server.canaries.some((request) => request.url.includes('where=http:')))
      .toBe(true);
    const envelope = await e2e.clip(tabId);
    expect(envelope.ok, JSON.stringify(envelope)).toBe(true);
    if (!envelope.ok) return;
    expect(envelope.data, JSON.stringify(envelope.data)).toMatchObject({ state: 'done' });
    hostile = envelope.data as ClipDone;
    await page.close();
  });

  it('stores Markdown without javascript:, data: or vbscript: link targets', async () => {
    const { body } = await e2e.stored(hostile.clipId);
    const markdown = body?.markdown ?? '';
    expect(markdown).toContain('two tonnes of plastic');
    // Link/image targets in Markdown syntax; an escaped "\](" is text, not a link.
    const targets = [...markdown.matchAll(/(?<!\\)\]\(\s*<?([^)\s>]*)/g)].map(
      (match) => match[1] ?? '',
    );
    expect(targets.filter((target) => DANGEROUS_URL.test(target.trim()))).toEqual([]);
    // Raw HTML (an unescaped '<') with attributes that would run when a Markdown renderer passes HTML through.
    expect(markdown).not.toMatch(/(?<!\\)<[a-z][^>]*\s(on[a-z]+|srcdoc)\s*=/i);
    expect(markdown).not.toMatch(/(?<!\\)<script/i);
    expect(markdown).not.toMatch(/(href|src)\s*=\s*["']?\s*(javascript|data|vbscript):/i);
  });

  it('previews the clip in the popup with zero executions', async () => {
    // Nothing from the hostile tab may count after this point.
    for (const page of e2e.ext.context.pages()) {
      if (page.url().startsWith(e2e.server.origin)) await page.close();
    }
    e2e.server.clearCanaries();

    const popup = await e2e.ext.context.newPage();
    const consoleProblems: string[] = [];
    popup.on('console', (message) => {
      if (/Content Security Policy|Refused to/i.test(message.text()))
        consoleProblems.push(message.text());
    });
    popup.on('pageerror', (error) => consoleProblems.push(`pageerror: ${error.message}`));
    await popup.addInitScript(() => {
      const violations: string[] = [];
      (window as unknown as { __cspViolations: string[] }).__cspViolations = violations;
      document.addEventListener('securitypolicyviolation', (event) =>
        violations.push(`${event.violatedDirective} ${event.blockedURI}`),
      );
    });
    await popup.goto(`${e2e.ext.baseUrl}popup.html`);
    await allowEsbuildHelpers(popup);
    await popup.locator('[data-testid="clip-list"]').waitFor();
    await waitForRows(popup, (ids) => ids.includes(hostile.clipId));
    const preview = await openPreview(popup, hostile.clipId);
    await expect(preview.innerText()).resolves.toContain('two tonnes of plastic');

    // Give anything that could fire (image errors, toggles, loads) the chance to.
    await popup.mouse.move(10, 10);
    for (const link of await preview.locator('a, button, summary, svg').all()) {
      await link.hover({ timeout: 1000 }).catch(() => undefined);
    }
    await popup.waitForTimeout(1500);

    expect(await scriptCapableContent(popup)).toEqual([]);
    const state = await popup.evaluate(() => ({
      canary: (window as unknown as { __canary?: unknown }).__canary,
      violations: (window as unknown as { __cspViolations?: string[] }).__cspViolations ?? [],
    }));
    expect(state.canary).toBeUndefined();
    expect(state.violations).toEqual([]);
    expect(consoleProblems).toEqual([]);
    expect(e2e.server.canaries).toEqual([]);
    await popup.close();
  });

  it('shows HTML-looking text of the page as text, not markup', async () => {
    const popup = await openCollectionView(e2e);
    await waitForRows(popup, (ids) => ids.includes(hostile.clipId));
    const preview = await openPreview(popup, hostile.clipId);
    const text = await preview.innerText();
    // The page showed these as literal text; the preview must too (and not render an <img>).
    expect(text).toContain('<img src=x');
    expect(text).toContain('<script>');
    await popup.close();
  });

  it('shows the hostile title as text in the list', async () => {
    const popup = await openCollectionView(e2e);
    await waitForRows(popup, (ids) => ids.includes(hostile.clipId));
    const row = popup.locator(`[data-clip-id="${hostile.clipId}"]`);
    expect(await row.locator('img').count()).toBe(0);
    await popup.close();
  });
});
