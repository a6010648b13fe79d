import fc from 'fast-check';
import TurndownService from 'turndown';
import { describe, expect, it } from 'vitest';
import { escapeMarkdownText } from '@/utils/pipeline/markdown/escape';

/** escapeMarkdownText without its shortcut for text that needs no escape: every pass, always. */
function everyPass(text: string): string {
  return TurndownService.prototype.escape
    .call(TurndownService.prototype, text)
    .replace(/<(?=[A-Za-z/!?])/g, '&lt;')
    .replace(/(?<=[\p{L}\p{N}])\\_(?=[\p{L}\p{N}])/gu, '_');
}

// Markdown syntax characters, their neighbours, letters, digits, CJK and whitespace.
const CHARS = [...'\\*-+=#~>`[]_<.!/?()|:;aZ09 \n\t中文，'];

describe('escapeMarkdownText', () => {
  it('returns what every escape pass returns, also when it skips them', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ unit: fc.constantFrom(...CHARS), maxLength: 12 }),
          fc.string({ unit: 'binary', maxLength: 12 }),
        ),
        (text) => {
          expect(escapeMarkdownText(text)).toBe(everyPass(text));
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('leaves plain text as it is and escapes syntax at the start', () => {
    expect(escapeMarkdownText('他说，好的 ok 3.5')).toBe('他说，好的 ok 3.5');
    expect(escapeMarkdownText('1. a')).toBe('1\\. a');
    expect(escapeMarkdownText('# a')).toBe('\\# a');
    expect(escapeMarkdownText('a <b>')).toBe('a &lt;b>');
  });
});
