/**
 * The e2e web server: node:http on 127.0.0.1 (random port) serving the pages in tests/e2e/fixtures
 * with explicit Content-Type and charset, the legacy-encoding pages as bytes, a 50,000-node page,
 * a page that never finishes loading, and /canary — the URL every XSS payload calls, so a test can
 * see whether anything ran.
 */
import { readFile } from 'node:fs/promises';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { encodedPages } from '../fixtures/encoded-pages';

export const FIXTURES_DIR = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '../fixtures',
);

export interface RecordedRequest {
  url: string;
  referer?: string;
  origin?: string;
  at: number;
}

export interface FixtureServer {
  origin: string;
  url(pathname: string): string;
  /** Every /canary request since start (or the last clearCanaries). */
  canaries: RecordedRequest[];
  clearCanaries(): void;
  close(): Promise<void>;
}

// A 1×1 PNG and a 1×1 GIF, so images load instead of erroring.
const PNG_1X1 = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
  'base64',
);
const GIF_1X1 = Buffer.from('R0lGODlhAQABAAAAACwAAAAAAQABAAA=', 'base64');

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
};

/** An article followed by a comment section large enough to make the page 50,000+ elements. */
export function bigPageHtml(elementCount: number): string {
  const paragraphs = Array.from(
    { length: 30 },
    (_, i) =>
      `<p>Paragraph ${i + 1} of the long report on the city's tram network: the survey counted ` +
      `passengers at every stop for a month and found that evening services were the busiest ` +
      `on the eastern line, where new housing has doubled the population since the last survey.</p>`,
  ).join('\n');
  // Each comment is 4 elements (div, span, p, a).
  const comments = Array.from(
    { length: Math.ceil(elementCount / 4) },
    (_, i) =>
      `<div class="comment"><span class="user">user${i}</span><p>Comment ${i}</p><a href="#c${i}">#</a></div>`,
  ).join('\n');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Tram survey: the long report</title></head>
<body><article><h1>Tram survey: the long report</h1>
${paragraphs}
</article>
<section class="comments"><h2>Comments</h2>
${comments}
</section></body></html>`;
}

/** A one-page PDF ("Seed Clipper test PDF") with a correct xref table. */
export function minimalPdf(): string {
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 300 100] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    '<< /Length 53 >>\nstream\nBT /F1 12 Tf 20 50 Td (Seed Clipper test PDF) Tj ET\nendstream',
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ];
  let pdf = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((body, index) => {
    offsets.push(pdf.length);
    pdf += `${index + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = pdf.length;
  pdf += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const offset of offsets) pdf += `${String(offset).padStart(10, '0')} 00000 n \n`;
  pdf += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return pdf;
}

export async function startFixtureServer(): Promise<FixtureServer> {
  const canaries: RecordedRequest[] = [];
  const encoded = new Map(encodedPages().map((page) => [page.path, page]));
  let origin = '';
  const hangingResponses = new Set<http.ServerResponse>();

  const server = http.createServer((request, response) => {
    void handle(request, response).catch((error: unknown) => {
      response.writeHead(500, { 'Content-Type': 'text/plain; charset=utf-8' });
      response.end(String(error));
    });
  });

  async function handle(request: http.IncomingMessage, response: http.ServerResponse) {
    const url = new URL(request.url ?? '/', origin);
    const send = (status: number, type: string, body: string | Uint8Array) => {
      response.writeHead(status, { 'Content-Type': type, 'Cache-Control': 'no-store' });
      response.end(body);
    };
    if (url.pathname === '/canary') {
      canaries.push({
        url: url.pathname + url.search,
        referer: request.headers.referer,
        origin: request.headers.origin,
        at: Date.now(),
      });
      send(204, 'text/plain; charset=utf-8', '');
      return;
    }
    if (url.pathname.startsWith('/img/')) {
      if (url.pathname.endsWith('.gif')) send(200, 'image/gif', GIF_1X1);
      else send(200, 'image/png', PNG_1X1);
      return;
    }
    const encodedPage = encoded.get(url.pathname);
    if (encodedPage) {
      send(200, encodedPage.contentType, encodedPage.bytes);
      return;
    }
    if (url.pathname === '/big.html') {
      const count = Number(url.searchParams.get('elements') ?? 50_000);
      send(200, 'text/html; charset=utf-8', bigPageHtml(count));
      return;
    }
    if (url.pathname === '/doc.pdf') {
      send(200, 'application/pdf', minimalPdf());
      return;
    }
    if (url.pathname === '/still-loading.html') {
      // Sends the article but never ends the response: the tab stays in 'loading'.
      response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
      response.write(
        '<!doctype html><html><head><title>Still loading</title></head><body><article><h1>Still loading</h1>' +
          '<p>This page has not finished loading yet. '.repeat(20) +
          '</p></article>',
      );
      hangingResponses.add(response);
      response.on('close', () => hangingResponses.delete(response));
      return;
    }
    const relative = path.normalize(decodeURIComponent(url.pathname)).replace(/^(\.\.[/\\])+/, '');
    const file = path.join(FIXTURES_DIR, relative);
    const type = CONTENT_TYPES[path.extname(file)];
    if (!file.startsWith(FIXTURES_DIR + path.sep) || !type) {
      send(404, 'text/plain; charset=utf-8', 'not found');
      return;
    }
    try {
      const text = await readFile(file, 'utf8');
      send(200, type, text.replaceAll('{{ORIGIN}}', origin));
    } catch {
      send(404, 'text/plain; charset=utf-8', 'not found');
    }
  }

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  origin = `http://127.0.0.1:${port}`;
  return {
    origin,
    url: (pathname) => origin + (pathname.startsWith('/') ? pathname : `/${pathname}`),
    canaries,
    clearCanaries: () => {
      canaries.length = 0;
    },
    close: async () => {
      for (const response of hangingResponses) response.destroy();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
