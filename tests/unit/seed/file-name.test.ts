import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseSeedFileName, safeFileName, seedFileName } from '../../../utils/seed/file-name';

const ID = 'cd43b711db284250';

describe('seedFileName', () => {
  it.each([
    [0, 5, `000_${ID}.txt`],
    [4, 5, `004_${ID}.txt`],
    [42, 999, `042_${ID}.txt`],
    [42, 1000, `0042_${ID}.txt`],
    [1234, 20000, `01234_${ID}.txt`],
    [1000, 0, `1000_${ID}.txt`],
  ])('ordinal %i of %i → %s', (ordinal, total, name) => {
    expect(seedFileName(ordinal, ID, total)).toBe(name);
  });

  it('rejects bad ordinals and ids', () => {
    expect(() => seedFileName(-1, ID, 5)).toThrow(RangeError);
    expect(() => seedFileName(1.5, ID, 5)).toThrow(RangeError);
    expect(() => seedFileName(1, '../x', 5)).toThrow(TypeError);
  });

  it('parses what it writes', () => {
    expect(parseSeedFileName(seedFileName(7, ID, 12000))).toEqual({ ordinal: 7, id: ID });
    expect(parseSeedFileName('notes.txt')).toBeNull();
    expect(parseSeedFileName(`01_${ID}.txt`)).toBeNull();
  });

  it('sorts by name in ordinal order', () => {
    const total = 1500;
    const names = [3, 999, 1000, 1499, 10].map((i) => seedFileName(i, ID, total));
    expect([...names].sort()).toEqual(
      [3, 10, 999, 1000, 1499].map((i) => seedFileName(i, ID, total)),
    );
  });
});

const utf8Length = (text: string): number => new TextEncoder().encode(text).length;

describe('safeFileName', () => {
  it.each([
    ['新闻 标题.txt', '新闻 标题.txt'],
    ['a/b\\c:d*e?f"g<h>i|j', 'a_b_c_d_e_f_g_h_i_j'],
    ['CON', '_CON'],
    ['con.txt', '_con.txt'],
    ['Com1.tar.gz', '_Com1.tar.gz'],
    ['lpt9', '_lpt9'],
    ['console', 'console'],
    ['name. . .', 'name'],
    ['  name  ', 'name'],
    ['evil\u202etxt.exe', 'eviltxt.exe'],
    ['zero\u200b\u200dwidth\ufeff', 'zerowidth'],
    ['tab\there\nline', 'tab_here_line'],
    ['', '_'],
    ['...', '_'],
    ['\u200b', '_'],
    ['lone\ud800half', 'lone_half'],
  ])('%j → %j', (input, expected) => {
    expect(safeFileName(input)).toBe(expected);
  });

  it('cuts long names to 200 UTF-8 bytes on a code point boundary, keeping the extension', () => {
    const name = `${'中'.repeat(100)}.txt`;
    const safe = safeFileName(name);
    expect(utf8Length(safe)).toBeLessThanOrEqual(200);
    expect(safe.endsWith('.txt')).toBe(true);
    expect(safe).toBe(`${'中'.repeat(65)}.txt`);
    const emoji = safeFileName('😀'.repeat(80));
    expect(emoji).toBe('😀'.repeat(50));
  });

  it('always gives a short, non-empty name without forbidden characters', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (name) => {
        const safe = safeFileName(name);
        expect(safe.length).toBeGreaterThan(0);
        expect(utf8Length(safe)).toBeLessThanOrEqual(200);
        expect(safe).not.toMatch(/[/\\:*?"<>|\p{Cc}\p{Cf}\p{Cs}]/u);
        expect(safe).not.toMatch(/[. ]$/);
        expect(safe).not.toMatch(/^(con|prn|aux|nul|com\d|lpt\d)(\.|$)/i);
        expect(safeFileName(safe)).toBe(safe);
      }),
      { numRuns: 1000 },
    );
  });
});
