// @vitest-environment node
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseClipArgs, runClipCli } from '../../../scripts/lib/fs-clip-cli';
import type { CliIo } from '../../../scripts/lib/fs-cli-io';
import { parseSeedFile } from '../../../utils/seed/front-matter';
import { clipIdForUrlSync } from '../../../utils/seed/url';
import { legacyEncode } from '../encoding/legacy-encode';

const PARAGRAPH =
  '这是一篇用于测试命令行剪藏工具的文章。文章的正文需要足够长，才能被识别为文章而不是导航或者页脚。' +
  '我们在这里写上几段内容，每一段都有几十个汉字，这样提取算法就会把它们当作正文。';

function articleHtml(title: string, head = ''): string {
  const paragraphs = Array.from({ length: 6 }, (_, i) => `<p>${PARAGRAPH}第${i + 1}段。</p>`).join(
    '\n',
  );
  return `<!DOCTYPE html><html lang="zh"><head><meta charset="utf-8">${head}<title>${title}</title></head>
<body><nav><a href="/">首页</a></nav><article><h1>${title}</h1>${paragraphs}</article>
<footer>版权所有</footer></body></html>`;
}

interface Captured extends CliIo {
  out: string;
  err: string;
}

let dir: string;
let io: Captured;

beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'clip-cli-'));
  io = {
    out: '',
    err: '',
    cwd: dir,
    stdout: (text) => {
      io.out += text;
    },
    stderr: (text) => {
      io.err += text;
    },
  };
});

afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const seedFiles = async (folder = path.join(dir, 'seeds-out')): Promise<string[]> =>
  (await readdir(folder)).sort();

describe('parseClipArgs', () => {
  it('reads pages and options, with defaults', () => {
    expect(parseClipArgs(['a.html', 'b.html'], '/w')).toEqual({
      pages: ['/w/a.html', '/w/b.html'],
      url: undefined,
      outDir: '/w/seeds-out',
      bodyMode: 'markdown',
      category: 'news',
    });
    expect(
      parseClipArgs(
        ['--out=o', 'a.html', '--body', 'html', '--category', '金融', '--url', 'https://x.test/a'],
        '/w',
      ),
    ).toMatchObject({
      outDir: '/w/o',
      bodyMode: 'html',
      category: '金融',
      url: 'https://x.test/a',
    });
  });
});

describe('runClipCli', () => {
  it.each([
    [[], 'no page given'],
    [['a.html', '--body', 'pdf'], '--body must be markdown or html'],
    [['a.html', '--frobnicate'], 'unknown option --frobnicate'],
    [['a.html', '--out'], '--out needs a value'],
    [['a.html', 'b.html', '--url', 'https://x.test/'], '--url names one page'],
    [['a.html', '--url', 'not-a-url'], '--url is not an absolute URL'],
  ])('exits 2 with a usage message for %j', async (argv, message) => {
    expect(await runClipCli(argv, io)).toBe(2);
    expect(io.err).toContain(message);
    expect(io.err).toContain('Usage: npm run clip');
  });

  it('writes a seed file per page, named by the canonical URL id', async () => {
    const canonical = 'https://news.example.cn/2022/a.html';
    await writeFile(
      path.join(dir, 'a.html'),
      articleHtml('测试标题一', `<link rel="canonical" href="${canonical}?utm_source=feed">`),
    );
    await writeFile(path.join(dir, 'b.html'), articleHtml('测试标题二'));
    expect(await runClipCli(['a.html', 'b.html', '--category', '新媒体'], io)).toBe(0);
    expect(io.err).toBe('');

    const fileUrlId = clipIdForUrlSync(pathToFileURL(path.join(dir, 'b.html')).href);
    expect(await seedFiles()).toEqual([
      `000_${clipIdForUrlSync(canonical)}.txt`,
      `001_${fileUrlId}.txt`,
    ]);
    const [first] = await seedFiles();
    const doc = parseSeedFile(await readFile(path.join(dir, 'seeds-out', first!), 'utf8'));
    expect(doc.frontMatter?.title).toBe('测试标题一');
    expect(doc.frontMatter?.categories[0]).toBe('新媒体');
    expect(doc.body).toContain('第6段');
    expect(doc.body).not.toContain('<p>');
  });

  it('numbers after the highest file in the folder and overwrites a re-clipped id', async () => {
    const out = path.join(dir, 'out');
    const page = path.join(dir, 'a.html');
    await writeFile(page, articleHtml('第一版'));
    await runClipCli([page, '--out', out, '--url', 'https://x.test/a'], io);
    await writeFile(path.join(out, '041_0123456789abcdef.txt'), 'an older seed');

    await writeFile(page, articleHtml('第二版'));
    expect(
      await runClipCli([page, '--out', out, '--url', 'https://x.test/a', '--body', 'html'], io),
    ).toBe(0);
    await writeFile(path.join(dir, 'c.html'), articleHtml('另一篇'));
    expect(await runClipCli(['c.html', '--out', out, '--url', 'https://x.test/c'], io)).toBe(0);

    const id = clipIdForUrlSync('https://x.test/a');
    expect(await seedFiles(out)).toEqual([
      `000_${id}.txt`,
      '041_0123456789abcdef.txt',
      `042_${clipIdForUrlSync('https://x.test/c')}.txt`,
    ]);
    const rewritten = parseSeedFile(await readFile(path.join(out, `000_${id}.txt`), 'utf8'));
    expect(rewritten.frontMatter?.title).toBe('第二版');
    expect(rewritten.body.startsWith('<div>\n')).toBe(true);
    expect(io.out).toContain('updated');
  });

  it('grows the ordinal width past 999 without renaming existing files', async () => {
    const out = path.join(dir, 'out');
    await writeFile(path.join(dir, 'a.html'), articleHtml('一千'));
    await mkdir(out, { recursive: true });
    await writeFile(path.join(out, '999_0123456789abcdef.txt'), 'an older seed');
    expect(await runClipCli(['a.html', '--out', out, '--url', 'https://x.test/k'], io)).toBe(0);
    expect(await seedFiles(out)).toEqual([
      `1000_${clipIdForUrlSync('https://x.test/k')}.txt`,
      '999_0123456789abcdef.txt',
    ]);
  });

  it('decodes a GBK page that declares gb2312', async () => {
    const html = articleHtml('中文编码').replace(
      '<meta charset="utf-8">',
      '<meta charset="gb2312">',
    );
    await writeFile(path.join(dir, 'gbk.html'), legacyEncode(html, 'gbk'));
    expect(await runClipCli(['gbk.html'], io)).toBe(0);
    const [name] = await seedFiles();
    const doc = parseSeedFile(await readFile(path.join(dir, 'seeds-out', name!), 'utf8'));
    expect(doc.frontMatter?.title).toBe('中文编码');
    expect(doc.body).toContain(PARAGRAPH.slice(0, 20));
  });

  it('reports each bad page with its reason, still clips the others, and exits 1', async () => {
    await writeFile(path.join(dir, 'empty.html'), '');
    await writeFile(
      path.join(dir, 'binary.html'),
      Uint8Array.of(0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d),
    );
    await writeFile(
      path.join(dir, 'nav.html'),
      '<html><body><nav><a href="/">首页</a></nav></body></html>',
    );
    await writeFile(path.join(dir, 'good.html'), articleHtml('好的文章'));
    const argv = ['missing.html', 'empty.html', 'binary.html', 'nav.html', 'good.html'];
    expect(await runClipCli([...argv, 'no-such-dir/x.html'], io)).toBe(1);
    expect(io.err).toContain(`${path.join(dir, 'no-such-dir/x.html')}: cannot read the file`);
    expect(io.err).toContain(
      `${path.join(dir, 'missing.html')}: cannot read the file: no such file`,
    );
    expect(io.err).toContain(`${path.join(dir, 'empty.html')}: the file is empty`);
    expect(io.err).toContain(`${path.join(dir, 'binary.html')}: not an HTML page`);
    expect(io.err).toContain(`${path.join(dir, 'nav.html')}: no article found`);
    expect(await seedFiles()).toHaveLength(1);
  });

  it('reports a directory given as a page', async () => {
    expect(await runClipCli(['.'], io)).toBe(1);
    expect(io.err).toContain('is a directory');
  });
});
