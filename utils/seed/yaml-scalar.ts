/**
 * How one front-matter value is written so that the `yaml` parser reads back exactly that value,
 * while ordinary values keep the byte format of ../shared/seeds (single quotes for title and image
 * URLs, plain text for the category list, author and date).
 *
 * The hard cases (newlines, control, bidi and zero-width characters, lone surrogates) go through
 * yaml's own double-quoted stringifier; we only add \u escapes for the invisible characters yaml
 * leaves raw, so that a file never hides a line break or a direction override from a reader.
 */
import YAML from 'yaml';

/**
 * Characters never written raw: C0/C1 controls and DEL (includes tab, CR, LF, NEL), format
 * characters (bidi controls, zero-width space/joiners, BOM, soft hyphen, tag characters), line
 * and paragraph separators, lone surrogates and the two noncharacters YAML forbids.
 */
const INVISIBLE_OR_BREAKING = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}\p{Cs}\uFFFE\uFFFF]/u;
const INVISIBLE_OR_BREAKING_ALL = new RegExp(INVISIBLE_OR_BREAKING.source, 'gu');

const SINGLE_LINE = { lineWidth: 0, minContentWidth: 0 } as const;

/** True when every character can stand raw inside a one-line quoted or plain scalar. */
export function isOrdinaryText(value: string): boolean {
  return !INVISIBLE_OR_BREAKING.test(value);
}

function escapeCodePoint(char: string): string {
  const codePoint = char.codePointAt(0) ?? 0;
  return codePoint > 0xffff
    ? `\\U${codePoint.toString(16).toUpperCase().padStart(8, '0')}`
    : `\\u${codePoint.toString(16).toUpperCase().padStart(4, '0')}`;
}

/** yaml's JSON-style double-quoted form (never folded) with invisible characters escaped too. */
export function doubleQuoted(value: string): string {
  const written = YAML.stringify(value, {
    ...SINGLE_LINE,
    defaultStringType: 'QUOTE_DOUBLE',
    doubleQuotedAsJSON: true,
  }).replace(/\n$/, '');
  // Inside a double-quoted scalar these characters can only occur literally (never as part of an
  // escape yaml wrote), so replacing each with its \u / \U escape keeps the value identical.
  return written.replace(INVISIBLE_OR_BREAKING_ALL, escapeCodePoint);
}

/** `'…'` as in the seeds when the value allows it, else the double-quoted form. */
export function quotedScalar(value: string): string {
  if (isOrdinaryText(value)) {
    const written = YAML.stringify(value, {
      ...SINGLE_LINE,
      defaultStringType: 'QUOTE_SINGLE',
    }).replace(/\n$/, '');
    if (written.startsWith("'") && !written.includes('\n')) return written;
  }
  return doubleQuoted(value);
}

/** Whether `k: <value>` reads back as the value under both YAML 1.2 and YAML 1.1 rules. */
function readsBackAsPlain(value: string): boolean {
  try {
    return (['1.2', '1.1'] as const).every((version) => {
      const parsed: unknown = YAML.parse(`k: ${value}`, { version });
      return (parsed as { k?: unknown } | null)?.k === value;
    });
  } catch {
    return false;
  }
}

/**
 * The value unquoted when yaml itself would write it plain and both YAML 1.2 and 1.1 readers
 * (hexo and older tools use 1.1, where `yes`/`on`/`2022-07-17` are not strings) read it back as the
 * same string; otherwise quoted. (A block list item `- v` follows the same plain-scalar rules as a
 * mapping value `k: v`.)
 */
export function plainOrQuotedScalar(value: string): string {
  if (
    value !== '' &&
    isOrdinaryText(value) &&
    YAML.stringify(value, SINGLE_LINE) === `${value}\n` &&
    readsBackAsPlain(value)
  ) {
    return value;
  }
  return quotedScalar(value);
}
