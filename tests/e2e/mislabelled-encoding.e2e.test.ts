/**
 * A Chinese page in GBK bytes served as `charset=iso-8859-1` (or windows-1252, or with only a
 * Latin <meta>): Chromium decodes it as windows-1252 and shows "ÖÐÎÄ" for 中文. The clip must
 * still come out in Chinese (utils/clip-tab/repair-encoding.ts), while a real French page served
 * the same way is clipped as it is. The pages come from a server of this file's own, so the
 * shared fixture server (and encodings.e2e.test.ts) stay as they are.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ClipFinished } from '../../utils/messages';
import { startE2E, type E2E } from './helpers/extension';
import { encodeLegacy } from './helpers/legacy-encoding';

const TITLE = '河边公园新添一条健身步道';
const PARAGRAPHS = [
  '经过三个月的建设，河边公园的健身步道日前正式开放。步道全长两公里，沿着河岸穿过草地和树林。',
  '步道两旁安装了路灯和休息座椅，每隔五百米还设有饮水点，附近居民早晚都来这里散步和跑步。',
  '公园管理处表示，今后将定期维护步道，并在周末组织健步走活动，欢迎市民带着家人一起参加。',
];
const PHRASE = '沿着河岸穿过草地和树林';

const FRENCH_TITLE = 'Le marché du samedi rouvre après les travaux';
const FRENCH_PHRASE = 'les producteurs de légumes sont revenus dès l’aube';
const FRENCH_PARAGRAPHS = [
  `Après trois mois de travaux, le marché couvert a rouvert samedi matin et ${FRENCH_PHRASE}.`,
  'Les étals de fromages, de pâtisseries et de fleurs ont retrouvé leur place sous la halle rénovée.',
  'La mairie prévoit une fête à la fin du mois, avec des concerts et un repas partagé en plein air.',
];

function page(lang: string, head: string, title: string, paragraphs: string[]): string {
  const body = paragraphs.map((text) => `      <p>${text}</p>`).join('\n');
  return `<!doctype html>
<html lang="${lang}">
  <head>
    ${head}
    <title>${title}</title>
  </head>
  <body>
    <nav><a href="/">Home</a></nav>
    <article>
      <h1>${title}</h1>
${body}
      <p><a href="/news/next.html">more</a>&nbsp;<img src="/img/path.png" alt="photo"></p>
    </article>
  </body>
</html>
`;
}

const gbk = (html: string): Uint8Array => encodeLegacy(html, 'gbk');

function latin1(text: string): Uint8Array {
  // U+2019 is 0x92 in windows-1252, which is what iso-8859-1 means to a browser.
  const codes = Array.from(text, (char) => (char === '’' ? 0x92 : char.charCodeAt(0)));
  if (codes.some((code) => code > 0xff)) throw new Error('not windows-1252 text');
  return Uint8Array.from(codes);
}

const PNG_1X1 = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
  'base64',
);

interface ServedPage {
  contentType: string;
  bytes: Uint8Array;
}

const PAGES: Record<string, ServedPage> = {
  '/gbk-as-latin1.html': {
    contentType: 'text/html; charset=iso-8859-1',
    bytes: gbk(page('zh-CN', '', TITLE, PARAGRAPHS)),
  },
  '/gbk-as-windows-1252-meta-lies.html': {
    contentType: 'text/html; charset=windows-1252',
    bytes: gbk(page('zh-CN', '<meta charset="utf-8">', TITLE, PARAGRAPHS)),
  },
  '/gbk-latin1-meta-only.html': {
    contentType: 'text/html',
    bytes: gbk(page('zh-CN', '<meta charset="iso-8859-1">', TITLE, PARAGRAPHS)),
  },
  '/french-latin1.html': {
    contentType: 'text/html; charset=iso-8859-1',
    bytes: latin1(page('fr', '', FRENCH_TITLE, FRENCH_PARAGRAPHS)),
  },
};

interface PageServer {
  url(pathname: string): string;
  close(): Promise<void>;
}

async function startPageServer(): Promise<PageServer> {
  const server = http.createServer((request, response) => {
    const pathname = new URL(request.url ?? '/', 'http://127.0.0.1').pathname;
    const served = PAGES[pathname];
    if (pathname.startsWith('/img/')) {
      response.writeHead(200, { 'Content-Type': 'image/png' });
      response.end(PNG_1X1);
      return;
    }
    if (!served) {
      response.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' });
      response.end('not found');
      return;
    }
    response.writeHead(200, { 'Content-Type': served.contentType, 'Cache-Control': 'no-store' });
    response.end(served.bytes);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url: (pathname) => origin + pathname,
    close: async () => {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

interface TabsApi {
  tabs: { get(tabId: number): Promise<{ status?: string }> };
}

describe('pages whose charset label is wrong', () => {
  let e2e: E2E;
  let pages: PageServer;

  beforeAll(async () => {
    pages = await startPageServer();
    e2e = await startE2E();
  });
  afterAll(async () => {
    await e2e?.close();
    await pages?.close();
  });

  /** Opens the page as a tab; returns how Chromium decoded it and the clip's outcome. */
  async function clip(
    pathname: string,
  ): Promise<{ characterSet: string; pageTitle: string; outcome: ClipFinished }> {
    const tab = await e2e.ext.context.newPage();
    await tab.goto(pages.url(pathname), { waitUntil: 'load' });
    const tabId = await e2e.tabIdOf(tab.url());
    // The background refuses a tab the tabs API still reports as loading.
    await e2e.control.evaluate(async (id) => {
      const api = (globalThis as unknown as { chrome: TabsApi }).chrome;
      for (let i = 0; i < 200; i += 1) {
        if ((await api.tabs.get(id)).status === 'complete') return;
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    }, tabId);
    const characterSet = await tab.evaluate(() => document.characterSet);
    const pageTitle = await tab.title();
    const envelope = await e2e.clip(tabId);
    if (!envelope?.ok) throw new Error(`clip-active-tab was refused: ${JSON.stringify(envelope)}`);
    return { characterSet, pageTitle, outcome: envelope.data };
  }

  it.each(Object.keys(PAGES).filter((path) => path.startsWith('/gbk')))(
    '%s: Chromium shows mojibake, the clip is Chinese',
    async (pathname) => {
      const { characterSet, pageTitle, outcome } = await clip(pathname);
      // The page really is misread: otherwise this test would prove nothing.
      expect(characterSet).toBe('windows-1252');
      expect(pageTitle).not.toContain('河');

      expect(outcome, JSON.stringify(outcome)).toMatchObject({ state: 'done', title: TITLE });
      if (outcome.state !== 'done') return;
      const { clip: summary, body } = await e2e.stored(outcome.clipId);
      expect(summary?.title).toBe(TITLE);
      const markdown = body?.markdown ?? '';
      for (const text of [PHRASE, PARAGRAPHS[1]!, PARAGRAPHS[2]!]) expect(markdown).toContain(text);
      expect(markdown).not.toMatch(/[\u00c0-\u00ff]{2}/);
      expect(markdown).not.toContain('\uFFFD');
      // Relative URLs still resolve against the page.
      expect(markdown).toContain(pages.url('/news/next.html'));
      expect(markdown).toContain(pages.url('/img/path.png'));
    },
  );

  it('a real French page served as iso-8859-1 is clipped as it is', async () => {
    const { characterSet, outcome } = await clip('/french-latin1.html');
    expect(characterSet).toBe('windows-1252');
    expect(outcome, JSON.stringify(outcome)).toMatchObject({ state: 'done', title: FRENCH_TITLE });
    if (outcome.state !== 'done') return;
    const { body } = await e2e.stored(outcome.clipId);
    expect(body?.markdown).toContain(FRENCH_PHRASE);
    expect(body?.markdown).toContain('Les étals de fromages, de pâtisseries et de fleurs');
  });
});
