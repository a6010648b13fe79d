import { JSDOM } from 'jsdom';
import { htmlToMarkdown } from '../../../../utils/pipeline/markdown';

export const PAGE_URL = 'https://news.example.cn/2022/07/17/article.html';

/** Markdown of an HTML fragment placed in a page at PAGE_URL (so relative URLs resolve). */
export function md(fragment: string, url = PAGE_URL): string {
  const dom = new JSDOM(
    `<!doctype html><html><body><div id="root">${fragment}</div></body></html>`,
    { url },
  );
  return htmlToMarkdown(dom.window.document.getElementById('root')!);
}
