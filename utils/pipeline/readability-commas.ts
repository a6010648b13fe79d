import type { Readability } from '@mozilla/readability';

/** Every comma Readability's own scoring counts (its REGEXPS.commas), the fullwidth ， included. */
const COMMAS = /[\u002C\u060C\uFE50\uFE10\uFE11\u2E41\u2E34\u2E32\uFF0C]/g;

/** The private helper this patches; checked so a Readability upgrade that renames it fails a test, not silently. */
interface CharCounter {
  _getCharCount?: (element: Element, separator?: string) => number;
  _getInnerText?: (element: Element, normalizeSpaces?: boolean) => string;
}

/**
 * Readability exempts a block with ten or more commas from its "shady block" checks (a block with
 * two pictures and no <p> is otherwise dropped as a gallery), but that check counts ASCII commas
 * only, while its scoring counts every comma. Chinese prose (，) never qualified, so on Chinese
 * pages a post or article written as text + <br> next to a picture and an icon vanished. Count the
 * same commas the scoring does. Returns false when the helper is missing (a Readability upgrade).
 */
export function countEveryComma(reader: Readability<unknown>): boolean {
  const target = reader as unknown as CharCounter;
  const original = target._getCharCount;
  const innerText = target._getInnerText;
  if (typeof original !== 'function' || typeof innerText !== 'function') return false;
  target._getCharCount = function (element: Element, separator = ',') {
    if (separator !== ',') return original.call(this, element, separator);
    return innerText.call(this, element, true).match(COMMAS)?.length ?? 0;
  };
  return true;
}
