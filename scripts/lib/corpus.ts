/**
 * Reading an evaluation corpus laid out as ../shared/corpus/<name>/: `<id>.html` (the raw page
 * bytes) next to `<id>.json` (`text` = ground truth, `url`, `encoding`). MANIFEST.json is not a page.
 */
import { readdir, readFile } from 'node:fs/promises';
import { basename, join, resolve } from 'node:path';

export interface CorpusPage {
  corpus: string;
  id: string;
  htmlPath: string;
  url: string;
  /** The charset the crawler recorded; informational (pages are decoded from their bytes). */
  encoding: string;
  /** Ground truth article text. */
  text: string;
}

export interface Corpus {
  name: string;
  dir: string;
  pages: CorpusPage[];
}

interface PageJson {
  text?: unknown;
  url?: unknown;
  encoding?: unknown;
}

export async function loadCorpus(dir: string): Promise<Corpus> {
  const absolute = resolve(dir);
  const name = basename(absolute);
  const files = (await readdir(absolute)).filter(
    (file) => file.endsWith('.json') && file !== 'MANIFEST.json',
  );
  files.sort();
  const pages: CorpusPage[] = [];
  for (const file of files) {
    const id = file.slice(0, -'.json'.length);
    const json = JSON.parse(await readFile(join(absolute, file), 'utf8')) as PageJson;
    pages.push({
      corpus: name,
      id,
      htmlPath: join(absolute, `${id}.html`),
      url: typeof json.url === 'string' ? json.url : '',
      encoding: typeof json.encoding === 'string' ? json.encoding : '',
      text: typeof json.text === 'string' ? json.text : '',
    });
  }
  return { name, dir: absolute, pages };
}
