import { readFileSync } from 'node:fs';
import { JSDOM, VirtualConsole } from 'jsdom';
import { Readability } from '@mozilla/readability';
const html = readFileSync(`/work/shared/corpus/readability-testpages/002.html`, 'utf8');
console.log(html.length);
for (let i = 0; i < 3; i++) {
let t = performance.now(); const dom = new JSDOM(html, { url: 'https://example.com/' }); console.log('parse', performance.now() - t);
t = performance.now(); new Readability(dom.window.document).parse(); console.log('rd', performance.now() - t);
t = performance.now(); const dom2 = new JSDOM(html, { url: 'https://example.com/', virtualConsole: new VirtualConsole() }); console.log('parse-vc', performance.now() - t);
t = performance.now(); dom2.window.document.body.cloneNode(true); console.log('clone', performance.now() - t);
}
