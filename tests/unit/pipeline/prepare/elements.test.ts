import { describe, expect, it } from 'vitest';
import {
  attributeEquals,
  elementsByTag,
  forEachElement,
  hasToken,
} from '../../../../utils/pipeline/prepare/elements';

function parse(html: string): Document {
  return new DOMParser().parseFromString(html, 'text/html');
}

const PAGE = `<!doctype html><head><link rel="Icon StyleSheet" href="a.css"><link rel="canonical-x"></head>
<body><div id="a"><p id="b"><span id="c"></span></p><svg id="d"><a id="e" href="x"></a></svg></div>
<section id="f"><img id="g"></section><footer id="h"></footer></body>`;

describe('prepare element helpers agree with the selectors they replace', () => {
  it('forEachElement visits what querySelectorAll("*") lists, in the same order', () => {
    const doc = parse(PAGE);
    for (const root of [doc, doc.getElementById('a')!, doc.body, doc.getElementById('h')!]) {
      const visited: Element[] = [];
      forEachElement(root, (el) => visited.push(el));
      expect(visited).toEqual(Array.from(root.querySelectorAll('*')));
    }
  });

  it('elementsByTag matches querySelectorAll(tag), SVG elements included', () => {
    const doc = parse(PAGE);
    for (const tag of ['a', 'link', 'img', 'span', 'svg']) {
      expect(elementsByTag(doc, tag)).toEqual(Array.from(doc.querySelectorAll(tag)));
    }
  });

  it('hasToken and attributeEquals match [attr~="v" i] and [attr="v" i]', () => {
    const doc = parse(
      `<link rel="Icon StyleSheet"><link rel="stylesheets"><link rel="canonical">` +
        `<meta property="OG:URL" content="u"><meta property="og:url2" content="v"><meta content="w">`,
    );
    for (const link of elementsByTag(doc, 'link')) {
      expect(hasToken(link, 'rel', 'stylesheet')).toBe(link.matches('[rel~="stylesheet" i]'));
      expect(hasToken(link, 'rel', 'canonical')).toBe(link.matches('[rel~="canonical" i]'));
    }
    for (const meta of elementsByTag(doc, 'meta')) {
      expect(attributeEquals(meta, 'property', 'og:url')).toBe(
        meta.matches('[property="og:url" i]'),
      );
    }
  });
});
