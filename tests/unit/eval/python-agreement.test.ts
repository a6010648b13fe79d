/**
 * Proof that the TypeScript port agrees with ../shared/eval/score.py, run against python3 itself
 * when it is installed (skipped otherwise; `npm run eval -- <corpus> --check-python` does the same
 * on whole corpora).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { round3, scoreCorpus, tokenizeCjk, tokenizeWords } from '@/utils/eval/score';

const SCORER = resolve(__dirname, '../../../../shared/eval/score.py');
const hasPython = spawnSync('python3', ['--version']).status === 0;

function python(code: string, input: string): string {
  return execFileSync('python3', ['-c', code], { input, maxBuffer: 256 * 1024 * 1024 }).toString();
}

/** The Unicode version Python's `re` knows: code points it sees as unassigned may differ. */
function pythonUnassigned(): Set<number> {
  const out = python(
    'import unicodedata,sys\n' +
      'print(" ".join(str(c) for c in range(0x110000) if unicodedata.category(chr(c))=="Cn"))',
    '',
  );
  return new Set(out.trim().split(' ').map(Number));
}

describe.skipIf(!hasPython)('agreement with python3', () => {
  it('has the same \\w as Python re for every assigned code point', () => {
    const out = python(
      'import re\nw=re.compile(r"\\w")\n' +
        'print(" ".join(str(c) for c in range(0x110000) if not 0xd800<=c<=0xdfff and w.match(chr(c))))',
      '',
    );
    const pythonWord = new Set(out.trim().split(' ').map(Number));
    const unassigned = pythonUnassigned();
    const differing: number[] = [];
    for (let cp = 0; cp < 0x110000; cp++) {
      if (cp >= 0xd800 && cp <= 0xdfff) continue;
      const ours = tokenizeWords(String.fromCodePoint(cp)).length === 1;
      if (ours !== pythonWord.has(cp) && !unassigned.has(cp)) differing.push(cp);
    }
    expect(differing.map((cp) => cp.toString(16))).toEqual([]);
  });

  it('tokenizes random mixed-script text like Python', () => {
    const alphabet = fc.constantFrom(
      ...'aZ9_é\u0301\u0308 ,.-一中华社日ーカ・゠한국\u3007²½٣ह\u093f\u094d😀\u200b\u00a0\u3000ｆ１𠀀\n'.split(
        /(?:)/u,
      ),
    );
    const texts = fc.sample(
      fc.array(alphabet, { maxLength: 40 }).map((a) => a.join('')),
      {
        numRuns: 300,
        seed: 42,
      },
    );
    const out = python(
      'import json,re,sys\n' +
        'C=r"\\u3040-\\u30ff\\u3400-\\u4dbf\\u4e00-\\u9fff\\uf900-\\ufaff\\uac00-\\ud7af"\n' +
        'R=re.compile(rf"[{C}]|[^\\W{C}]+")\n' +
        'print(json.dumps([[re.findall(r"\\w+",t),R.findall(t)] for t in json.load(sys.stdin)]))',
      JSON.stringify(texts),
    );
    const expected = JSON.parse(out) as [string[], string[]][];
    texts.forEach((text, i) => {
      expect([tokenizeWords(text), tokenizeCjk(text)]).toEqual(expected[i]);
    });
  });

  it.skipIf(!existsSync(SCORER))('scores a corpus like score.py', () => {
    const dir = mkdtempSync(join(tmpdir(), 'score-agree-'));
    try {
      const pages = fc.sample(
        fc.tuple(
          fc.array(fc.constantFrom('新', '华', '社', '电', 'the', 'news', '7', '。', ' '), {
            maxLength: 60,
          }),
          fc.array(fc.constantFrom('新', '华', '社', '电', 'the', 'news', '7', '。', ' ', 'ad'), {
            maxLength: 60,
          }),
        ),
        { numRuns: 40, seed: 7 },
      );
      const truth = new Map<string, string>();
      const predicted = new Map<string, string>();
      const predictions: Record<string, { articleBody: string }> = {};
      pages.forEach(([t, p], i) => {
        const id = `p${i}`;
        truth.set(id, t.join(''));
        writeFileSync(join(dir, `${id}.json`), JSON.stringify({ text: t.join(''), url: '' }));
        if (i % 7 !== 3) {
          predicted.set(id, p.join(''));
          predictions[id] = { articleBody: p.join('') };
        }
      });
      const predFile = join(tmpdir(), `score-agree-${process.pid}.json`);
      writeFileSync(predFile, JSON.stringify(predictions));
      const line = JSON.parse(
        execFileSync('python3', [SCORER, dir, predFile]).toString(),
      ) as Record<string, Record<string, number>>;
      rmSync(predFile);
      const ours = scoreCorpus(truth, predicted);
      for (const metric of ['shingle4_w', 'shingle4_cjk'] as const) {
        for (const key of ['precision', 'recall', 'f1'] as const) {
          expect(round3(ours[metric][key]), `${metric}.${key}`).toBe(line[metric]?.[key]);
        }
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
