// @vitest-environment node
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CliIo } from '../../../scripts/lib/fs-cli-io';
import { runSeedFolderCli } from '../../../scripts/lib/fs-seed-folder';

const SHARED_SEEDS = path.resolve(__dirname, '../../../../shared/seeds');

/** Made-up seeds in the exact layouts of ../shared/seeds: front matter + html, and body only. */
const SEEDS: Record<string, string> = {
  '000_0123456789abcdef.txt':
    "\n---\ntitle: '标题：''引号'''\ncategories: \n - 新媒体\n - ZAKER\n - source\n" +
    "headimg: 'https://x.test/a.jpg'\nauthor: ZAKER\ncomments: false\n" +
    "date: Sun, 17 Jul 2022 02:09:16 GMT\nthumbnail: 'https://x.test/a.jpg'\n---\n\n" +
    '<div>   \n<p>正文</p>\n</div>\n     ',
  '001_fedcba9876543210.txt': '\n\n▲ 图片\n\n第一段。\n\n## 小标题\n\n第二段',
};

let dir: string;
let io: CliIo & { out: string; err: string };

beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'seed-folder-'));
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

async function expectSameFiles(inDir: string, outDir: string): Promise<void> {
  const names = (await readdir(inDir)).filter((name) => name.endsWith('.txt')).sort();
  expect((await readdir(outDir)).sort()).toEqual(names);
  for (const name of names) {
    const original = await readFile(path.join(inDir, name));
    const written = await readFile(path.join(outDir, name));
    expect(Buffer.compare(written, original), name).toBe(0);
  }
}

describe('runSeedFolderCli', () => {
  it('writes every seed back byte for byte', async () => {
    await mkdir(path.join(dir, 'in'));
    for (const [name, text] of Object.entries(SEEDS)) {
      await writeFile(path.join(dir, 'in', name), text);
    }
    expect(await runSeedFolderCli(['in', '--out', 'out'], io)).toBe(0);
    await expectSameFiles(path.join(dir, 'in'), path.join(dir, 'out'));
    expect(io.out).toContain('Wrote 2 seed file(s)');
  });

  it.skipIf(!existsSync(SHARED_SEEDS))('round-trips ../shared/seeds byte for byte', async () => {
    expect(await runSeedFolderCli([SHARED_SEEDS, '--out', 'out'], io)).toBe(0);
    expect(io.err).toBe('');
    await expectSameFiles(SHARED_SEEDS, path.join(dir, 'out'));
    expect(await readdir(path.join(dir, 'out'))).toHaveLength(5);
  });

  it('reports unreadable seeds by name and exits 1, writing the others', async () => {
    await mkdir(path.join(dir, 'in'));
    await writeFile(path.join(dir, 'in', '000_aaaaaaaaaaaaaaaa.txt'), Uint8Array.of(0xd6, 0xd0));
    await writeFile(
      path.join(dir, 'in', '001_bbbbbbbbbbbbbbbb.txt'),
      '\n---\ntitle: "open\n---\n\nbody',
    );
    await writeFile(
      path.join(dir, 'in', '002_cccccccccccccccc.txt'),
      SEEDS['001_fedcba9876543210.txt']!,
    );
    expect(await runSeedFolderCli(['in', '--out', 'out'], io)).toBe(1);
    expect(io.err).toContain('000_aaaaaaaaaaaaaaaa.txt: not valid UTF-8');
    expect(io.err).toContain('001_bbbbbbbbbbbbbbbb.txt: Front matter is not valid YAML');
    expect(await readdir(path.join(dir, 'out'))).toEqual(['002_cccccccccccccccc.txt']);
  });

  it.each([
    [[], 'missing IN_DIR'],
    [['in'], 'missing --out'],
    [['in', 'other', '--out', 'o'], 'only one input folder'],
    [['in', '--zip'], 'unknown option --zip'],
  ])('exits 2 for %j', async (argv, message) => {
    expect(await runSeedFolderCli(argv, io)).toBe(2);
    expect(io.err).toContain(message);
  });

  it('exits 1 when the input folder cannot be read', async () => {
    expect(await runSeedFolderCli(['nope', '--out', 'out'], io)).toBe(1);
    expect(io.err).toContain('no such file or directory');
  });
});
