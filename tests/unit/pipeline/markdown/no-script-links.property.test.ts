import fc from 'fast-check';
import { JSDOM } from 'jsdom';
import { marked } from 'marked';
import { describe, expect, it } from 'vitest';
import { htmlToMarkdown } from '../../../../utils/pipeline/markdown';
import { markdownToHtml } from '../../../../utils/pipeline/markdown/to-html';

/** hrefs/srcs an attacker would try: mixed case, whitespace and control characters in the scheme. */
const dangerousUrl = fc
  .tuple(
    fc.constantFrom(
      'javascript',
      'JaVaScRiPt',
      'java\tscript',
      'java\nscript',
      ' javascript',
      '\u0001javascript',
      'vbscript',
      'data',
    ),
    fc.constantFrom(':alert(1)', ':', ': alert(document.cookie)', ':text/html,<script>x</script>'),
  )
  .map(([scheme, rest]) => scheme + rest);
const anyUrl = fc.oneof(
  dangerousUrl,
  fc.constantFrom('/a', 'https://x.test/p?q=1', '#frag', 'mailto:a@b.c', '', 'javascript'),
);
const text = fc.oneof(
  fc.string({ maxLength: 12 }),
  fc.constantFrom(
    'javascript:alert(1)',
    '[x](javascript:y)',
    '<a href="javascript:z">',
    '中文',
    '“引号”',
    '**',
    '|',
    '<javascript:q>',
  ),
);

interface Tree {
  tag: string;
  url: string;
  text: string;
  children: Tree[];
}
const tags = fc.constantFrom(
  'p',
  'a',
  'img',
  'b',
  'em',
  'del',
  'span',
  'div',
  'figure',
  'figcaption',
  'table',
  'tr',
  'td',
  'li',
  'ul',
  'pre',
  'blockquote',
);
function treeOfDepth(depth: number): fc.Arbitrary<Tree> {
  return fc.record({
    tag: tags,
    url: anyUrl,
    text,
    children: depth === 0 ? fc.constant([]) : fc.array(treeOfDepth(depth - 1), { maxLength: 3 }),
  });
}
const tree = treeOfDepth(3);

function build(doc: Document, node: Tree): Element {
  const el = doc.createElement(node.tag);
  if (node.tag === 'a') el.setAttribute('href', node.url);
  if (node.tag === 'img') el.setAttribute('src', node.url);
  if (node.tag === 'td') el.setAttribute('colspan', node.text.length % 2 ? '2' : '1');
  el.append(doc.createTextNode(node.text));
  for (const child of node.children) el.append(build(doc, child));
  return el;
}

const SCRIPT_SCHEME = /^(?:javascript|vbscript|data):/i;
// eslint-disable-next-line no-control-regex -- browsers ignore these inside a scheme, so must we
const strip = (url: string): string => url.replace(/[\u0000-\u0020\u007f-\u009f]+/g, '');

describe('htmlToMarkdown never writes script links', () => {
  it('keeps an escaped <scheme:…> text after a link and emphasis a text for marked', () => {
    // fast-check's counterexample (seed 817353589): marked's GFM autolink read
    // `https://…/a)*\\` as one URL, swallowing the backslash that escaped `<javascript:q>`.
    const dom = new JSDOM(
      '<p><a href="/a">[x](javascript:y)</a><em>&lt;javascript:q&gt;</em></p>',
      { url: 'https://news.example.cn/a/b.html' },
    );
    const markdown = htmlToMarkdown(dom.window.document.body);
    const hrefs: string[] = [];
    marked.walkTokens(marked.lexer(markdown), (token) => {
      if (token.type === 'link') hrefs.push(String(token.href));
    });
    expect(
      hrefs.some((href) => SCRIPT_SCHEME.test(strip(href))),
      markdown,
    ).toBe(false);
    expect(markdown).toContain('javascript:q');
  });

  it('holds for random trees of links, images, tables and figures', () => {
    const dom = new JSDOM('<!doctype html><body></body>', {
      url: 'https://news.example.cn/a/b.html',
    });
    const doc = dom.window.document;
    fc.assert(
      fc.property(fc.array(tree, { minLength: 1, maxLength: 4 }), (nodes) => {
        const root = doc.createElement('div');
        for (const node of nodes) root.append(build(doc, node));
        const markdown = htmlToMarkdown(root);
        // No Markdown link or image (as a Markdown parser reads them: code is text) with a script scheme …
        const tokens = marked.lexer(markdown);
        marked.walkTokens(tokens, (token) => {
          if (token.type === 'link' || token.type === 'image') {
            expect(
              SCRIPT_SCHEME.test(strip(String(token.href))),
              `${token.raw} in ${markdown}`,
            ).toBe(false);
          }
        });
        // … and nothing in the rendered preview that links or loads one.
        const rendered = new JSDOM(`<body>${markdownToHtml(markdown)}</body>`).window.document;
        for (const el of Array.from(rendered.querySelectorAll('[href], [src]'))) {
          const value = el.getAttribute('href') ?? el.getAttribute('src') ?? '';
          expect(SCRIPT_SCHEME.test(strip(value)), `${el.tagName} ${value} from ${markdown}`).toBe(
            false,
          );
        }
      }),
      // Random seeds, as fast-check intends; a failure prints its seed and path to replay it.
      // Counterexamples found so far are fixed and kept as tests: seed 817353589 (above) and
      // -2090134696 (tests/unit/pipeline/markdown/lists.test.ts, a list item after stray text).
      { numRuns: 200 },
    );
  }, 180_000); // a property run renders 200 pages through jsdom; slow machines need the room
});
