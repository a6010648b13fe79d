/**
 * Generated big pages (never corpus pages): a 30-paragraph article followed by a comment section of
 * `elementCount / 4` comments (div, span, p, a each), each padded with filler words so the page
 * reaches about `bytes` of HTML.
 */
export const BIG_PAGE_TITLE = 'Tram survey: the long report';

export function hugePageHtml(elementCount: number, bytes: number): string {
  const paragraphs = Array.from(
    { length: 30 },
    (_, i) =>
      `<p>Paragraph ${i + 1} of the long report on the city's tram network: the survey counted ` +
      `passengers at every stop for a month and found that evening services were the busiest ` +
      `on the eastern line, where new housing has doubled the population since the last survey.</p>`,
  ).join('\n');
  const count = Math.ceil(elementCount / 4);
  const padding = Math.max(0, Math.floor(bytes / count) - 110);
  const filler = 'lorem ipsum dolor sit amet '.repeat(Math.ceil(padding / 27)).slice(0, padding);
  const comments = Array.from(
    { length: count },
    (_, i) =>
      `<div class="comment"><span class="user">user${i}</span><p>Comment ${i} ${filler}</p><a href="#c${i}">#</a></div>`,
  ).join('\n');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${BIG_PAGE_TITLE}</title></head>
<body><article><h1>${BIG_PAGE_TITLE}</h1>
${paragraphs}
</article>
<section class="comments"><h2>Comments</h2>
${comments}
</section></body></html>`;
}

/**
 * A big page whose own script keeps a clock in the article: a timer task rewrites the count in
 * `<span id="ticks">` every few milliseconds, as long as the page's main thread gets to run tasks.
 */
export function tickingPageHtml(elementCount: number, bytes: number): string {
  const clock =
    '<p>The page has counted <span id="ticks">0</span> ticks of its clock, one for every timer ' +
    'task it was able to run, which is how this report knows the tab kept working.</p>';
  const script =
    '<script>let ticks = 0; const tick = () => { ticks += 1; ' +
    "document.getElementById('ticks').textContent = String(ticks); setTimeout(tick, 5); }; tick();</script>";
  return hugePageHtml(elementCount, bytes)
    .replace('</h1>', `</h1>\n${clock}`)
    .replace('</body>', `${script}</body>`);
}
