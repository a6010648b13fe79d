import { JSDOM, VirtualConsole } from 'jsdom';
import { clipDocument } from '../../utils/pipeline/index';
import { Readability } from '@mozilla/readability';
const depth = Number(process.argv[2] ?? 5000);
const html = `<html><body>${'<div>'.repeat(depth)}<article><h1>t</h1><p>${'新华社北京5月1日电 国家统计局今天发布数据显示，'.repeat(10)}</p></article>${'</div>'.repeat(depth)}</body></html>`;
console.log('start', Math.round(performance.now()));
for (const step of ['parse', 'readability', 'clip', 'close']) {
  const dom = new JSDOM(html, { url: 'https://a.cn/', virtualConsole: new VirtualConsole() });
  try {
    if (step === 'readability') new Readability(dom.window.document).parse();
    if (step === 'clip') clipDocument(dom.window.document, 'https://a.cn/');
    if (step === 'close') dom.window.close();
    console.log(step, 'ok', Math.round(performance.now()));
  } catch (e) {
    const frames = String((e as Error).stack).split('\n').filter((l) => !l.includes('node_modules/jsdom')).slice(0, 8);
    console.log(step, 'FAIL', frames.join('\n'));
  }
}
