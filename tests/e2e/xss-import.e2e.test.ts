/**
 * XSS through the other way in (issue 5): a hostile seed FILE — payloads modelled on DOMPurify's
 * test vectors (mXSS through <math>/<svg>/<noscript>, event handlers, javascript:/vbscript:/data:
 * URLs, srcdoc, forms, Markdown links) — is imported in the full view and previewed in the
 * popup. The import keeps the file verbatim, so nothing between the file and the preview but
 * components/SafeHtml stands in the way: zero executions (canary), no script-capable content.
 *
 * Unlike xss.e2e.test.ts this test does not count CSP violation reports: here DOMPurify itself
 * receives the on* attributes, and Chromium reports `script-src-attr` violations while its inert
 * DOMParser document parses them (a report, not an execution: cure53/DOMPurify#107, #900). The
 * preview DOM check is what fails if the sanitizer is bypassed.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeSeedFile } from '../../utils/seed/front-matter';
import { allowEsbuildHelpers, startE2E, type E2E } from './helpers/extension';
import {
  byTestId,
  importCounts,
  openCollectionView,
  openPreview,
  showSection,
  TESTID,
  waitForRows,
} from './helpers/ui';

const CLIP_ID = '0000000000000a55';

function hostileSeed(origin: string): string {
  const call = (where: string) =>
    `fetch('${origin}/canary?where=${where}');window.__canary='${where}'`;
  const payloads = [
    `[markdown js link](javascript:${encodeURI(call('md-link'))})`,
    `[markdown vbscript link](vbscript:msgbox(1))`,
    `![markdown image](javascript:${encodeURI(call('md-img'))})`,
    `<img src=x onerror="${call('img-onerror')}">`,
    `<svg><g onload="${call('svg-onload')}"></g></svg>`,
    `<svg><script>${call('svg-script')}</script></svg>`,
    `<math><mtext><table><mglyph><style><img src=x onerror="${call('mxss-math')}">`,
    `<noscript><p title="</noscript><img src=x onerror=${call('mxss-noscript').replaceAll(' ', '')}>">`,
    `<iframe srcdoc="<script>${call('srcdoc')}</script>"></iframe>`,
    `<details open ontoggle="${call('ontoggle')}"><summary>more</summary></details>`,
    `<a href="javascript:${call('a-js')}">js link</a>`,
    `<a href="JaVaScRiPt&colon;${call('a-js-entity')}">entity link</a>`,
    `<a href="java\tscript:${call('a-js-tab')}">tab link</a>`,
    `<a href="vbscript:msgbox(1)">vbscript link</a>`,
    `<a href="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">data link</a>`,
    `<img src="data:image/svg+xml,<svg onload='${call('data-img')}'/>">`,
    `<form action="javascript:${call('form')}"><button>go</button></form>`,
    `<object data="javascript:${call('object')}"></object>`,
    `<embed src="javascript:${call('embed')}">`,
    `<video><source onerror="${call('source')}"></video>`,
    `<body onload="${call('body')}">`,
    `<base href="javascript:${call('base')}//">`,
    `<meta http-equiv="refresh" content="0;url=javascript:${call('meta')}">`,
    `<style>@import '${origin}/canary?where=style-import';</style>`,
    `<div style="background:url('${origin}/canary?where=style-url')">styled</div>`,
    `<a href="${origin}/ok.html" onmouseover="${call('mouseover')}">hover me</a>`,
    `<template><img src=x onerror="${call('template')}"></template>`,
    `<svg><a xlink:href="javascript:${call('xlink')}"><text x="20" y="20">xlink</text></a></svg>`,
  ];
  return writeSeedFile({
    frontMatter: {
      title: `<img src=x onerror="${call('title')}"> Imported hostile file`,
      categories: ['news', `<script>${call('site')}</script>`, 'source'],
      headimg: 'javascript:alert(1)',
      author: '<svg onload=alert(1)>',
      comments: false,
      date: 'Sun, 17 Jul 2022 02:09:16 GMT',
      thumbnail: 'javascript:alert(1)',
    },
    body: [
      'The harbour cleanup collected two tonnes of plastic from the beaches this spring.',
      ...payloads,
    ].join('\n\n'),
  });
}

/** Everything in the preview that could run code, as readable strings (empty = clean). */
async function scriptCapableContent(page: Page): Promise<string[]> {
  return byTestId(page, TESTID.preview).evaluate((root) => {
    const found: string[] = [];
    const forbidden = ['script', 'iframe', 'frame', 'object', 'embed', 'form', 'base', 'meta'];
    for (const element of [root, ...root.querySelectorAll('*')]) {
      const tag = element.localName;
      if (forbidden.includes(tag) || tag === 'link' || tag === 'style') found.push(`<${tag}>`);
      for (const attribute of element.attributes) {
        const name = attribute.name.toLowerCase();
        // eslint-disable-next-line no-control-regex -- URL parsers drop C0 controls and spaces
        const value = attribute.value.replace(/[\u0000-\u0020]/g, '').toLowerCase();
        if (name.startsWith('on') || name === 'srcdoc' || name === 'style') {
          found.push(`${tag}[${name}]`);
        }
        if (/^(javascript|data|vbscript):/.test(value)) found.push(`${tag}[${name}=${value}]`);
      }
    }
    return found;
  });
}

describe('hostile seed file: import → store → preview runs nothing', () => {
  let e2e: E2E;
  beforeAll(async () => {
    e2e = await startE2E();
  });
  afterAll(async () => {
    await e2e?.close();
  });

  it('imports the file verbatim, then previews it with zero executions', async () => {
    const view = await openCollectionView(e2e, 'collection.html');
    await showSection(view, 'transfer');
    await byTestId(view, TESTID.importFiles).setInputFiles([
      {
        name: `000_${CLIP_ID}.txt`,
        mimeType: 'text/plain',
        buffer: Buffer.from(hostileSeed(e2e.server.origin), 'utf8'),
      },
    ]);
    expect(await importCounts(view)).toMatchObject({ imported: 1, invalid: 0 });
    await view.close();
    e2e.server.clearCanaries();

    const popup = await e2e.ext.context.newPage();
    const pageErrors: string[] = [];
    popup.on('pageerror', (error) => pageErrors.push(error.message));
    await popup.goto(`${e2e.ext.baseUrl}popup.html`);
    await allowEsbuildHelpers(popup);
    await byTestId(popup, TESTID.list).waitFor();
    await waitForRows(popup, (ids) => ids.includes(CLIP_ID));
    const preview = await openPreview(popup, CLIP_ID);
    await expect(preview.innerText()).resolves.toContain('two tonnes of plastic');
    // Links survive as text: the payloads were neutralized, not the whole preview dropped.
    await expect(preview.innerText()).resolves.toContain('markdown js link');

    await popup.mouse.move(10, 10);
    for (const element of await preview.locator('a, summary, svg, img, div').all()) {
      await element.hover({ timeout: 1000 }).catch(() => undefined);
    }
    await popup.waitForTimeout(1500);

    expect(await scriptCapableContent(popup)).toEqual([]);
    const canary = await popup.evaluate(
      () => (window as unknown as { __canary?: unknown }).__canary,
    );
    expect(canary).toBeUndefined();
    expect(pageErrors).toEqual([]);
    expect(e2e.server.canaries).toEqual([]);
    await popup.close();
  });
});
