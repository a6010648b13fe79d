/**
 * The content script runs inside web pages and must never reach IndexedDB (BRIEF: "Content script
 * never touches IndexedDB"). Walk its static import graph from source and fail on Dexie or utils/db.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(__dirname, '../../..');
const FORBIDDEN = [/^dexie($|\/)/, /(^|\/)utils\/db(\/|$)/, /^fake-indexeddb/];

function resolveLocal(from: string, specifier: string): string | undefined {
  let base: string;
  if (specifier.startsWith('@/') || specifier.startsWith('~/'))
    base = resolve(ROOT, specifier.slice(2));
  else if (specifier.startsWith('.')) base = resolve(dirname(from), specifier);
  else return undefined;
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, `${base}/index.ts`]) {
    if (existsSync(candidate) && candidate.match(/\.tsx?$/)) return candidate;
  }
  return undefined;
}

/** Every import specifier reachable from `entry`, with the file that imports it. */
function importGraph(entry: string): { file: string; specifier: string }[] {
  const seen = new Set<string>();
  const edges: { file: string; specifier: string }[] = [];
  const queue = [entry];
  while (queue.length > 0) {
    const file = queue.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    const source = readFileSync(file, 'utf8');
    const pattern =
      /(?:import|export)\s[^'"]*?from\s*['"]([^'"]+)['"]|import\s*\(\s*['"]([^'"]+)['"]\s*\)|import\s+['"]([^'"]+)['"]/g;
    for (const match of source.matchAll(pattern)) {
      const specifier = match[1] ?? match[2] ?? match[3]!;
      edges.push({ file, specifier });
      const local = resolveLocal(file, specifier);
      if (local) queue.push(local);
    }
  }
  return edges;
}

describe('content script import graph', () => {
  const entry = resolve(ROOT, 'entrypoints/clipper.ts');
  const edges = importGraph(entry);

  it('reaches the clip code (the scan is not vacuous)', () => {
    expect(edges.some((edge) => edge.specifier.includes('clip-tab/content-clip'))).toBe(true);
  });

  it('never imports Dexie or utils/db', () => {
    const bad = edges.filter((edge) => FORBIDDEN.some((pattern) => pattern.test(edge.specifier)));
    expect(bad).toEqual([]);
  });

  it('the scanner would catch a db import', () => {
    expect(FORBIDDEN.some((pattern) => pattern.test('@/utils/db/instance'))).toBe(true);
    expect(FORBIDDEN.some((pattern) => pattern.test('dexie'))).toBe(true);
  });
});
