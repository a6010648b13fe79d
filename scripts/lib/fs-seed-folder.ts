/**
 * `npm run seed-folder -- IN_DIR --out OUT_DIR`: reads every seed file (`*.txt`) of a folder and
 * writes it back through parseSeedFile and writeSeedFile under the same name. On ../shared/seeds the
 * output is byte-identical, which is what proves the writer matches the format.
 */
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseSeedFile, writeSeedFile } from '../../utils/seed/front-matter';
import {
  describeFsError,
  EXIT_OK,
  EXIT_SOME_FAILED,
  EXIT_USAGE,
  type CliIo,
  UsageError,
} from './fs-cli-io';

const USAGE = 'Usage: npm run seed-folder -- IN_DIR --out OUT_DIR\n';

interface SeedFolderArgs {
  inDir: string;
  outDir: string;
}

function parseArgs(argv: string[], cwd: string): SeedFolderArgs {
  let inDir: string | undefined;
  let outDir: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--out') {
      outDir = argv[++i];
      if (outDir === undefined) throw new UsageError('--out needs a directory');
    } else if (arg.startsWith('--out=')) {
      outDir = arg.slice('--out='.length);
    } else if (arg.startsWith('-')) {
      throw new UsageError(`unknown option ${arg}`);
    } else if (inDir === undefined) {
      inDir = arg;
    } else {
      throw new UsageError(`only one input folder is read (got ${inDir} and ${arg})`);
    }
  }
  if (inDir === undefined) throw new UsageError('missing IN_DIR');
  if (outDir === undefined) throw new UsageError('missing --out OUT_DIR');
  return { inDir: path.resolve(cwd, inDir), outDir: path.resolve(cwd, outDir) };
}

const strictUtf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

export async function runSeedFolderCli(argv: string[], io: CliIo): Promise<number> {
  let args: SeedFolderArgs;
  try {
    args = parseArgs(argv, io.cwd ?? process.cwd());
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    io.stderr(`seed-folder: ${error.message}\n${USAGE}`);
    return EXIT_USAGE;
  }
  let names: string[];
  try {
    const entries = await readdir(args.inDir, { withFileTypes: true });
    names = entries
      .filter((entry) => entry.isFile() && entry.name.endsWith('.txt'))
      .map((entry) => entry.name)
      .sort();
  } catch (error) {
    io.stderr(`seed-folder: cannot read ${args.inDir}: ${describeFsError(error)}\n`);
    return EXIT_SOME_FAILED;
  }
  await mkdir(args.outDir, { recursive: true });
  let written = 0;
  let failed = 0;
  for (const name of names) {
    const inPath = path.join(args.inDir, name);
    try {
      const text = strictUtf8.decode(await readFile(inPath));
      await writeFile(path.join(args.outDir, name), writeSeedFile(parseSeedFile(text)), 'utf8');
      written++;
    } catch (error) {
      failed++;
      const reason =
        error instanceof TypeError && /encoded data|decode/i.test(error.message)
          ? 'not valid UTF-8'
          : describeFsError(error);
      io.stderr(`seed-folder: ${inPath}: ${reason}\n`);
    }
  }
  io.stdout(
    `Wrote ${written} seed file(s) to ${args.outDir}${failed ? `; ${failed} failed` : ''}\n`,
  );
  return failed > 0 ? EXIT_SOME_FAILED : EXIT_OK;
}
