import { elementsOfTypes, hasMedia, matchesTypeSelector } from '../dom';
import { forEachElement } from '../../prepare/elements';
import type { CleanRule } from '../types';

const CONTAINER_TAGS =
  'p, div, span, section, article, li, ul, ol, dl, blockquote, h1, h2, h3, h4, h5, h6, font, center, strong, b, em, i, a, figure, header, footer, aside';
const CONTAINERS = new Set(CONTAINER_TAGS.split(', '));
const BR = new Set(['br']);

/** Elements left without text or media (after other rules, or empty `<p>&nbsp;</p>` spacers). */
export const removeEmpty: CleanRule = {
  name: 'remove-empty',
  apply(root) {
    // = querySelectorAll(CONTAINERS), without a 27-selector list through the selector engine
    // (and by a TreeWalker: jsdom indexes a getElementsByTagName('*') collection slowly).
    const candidates: Element[] = [];
    forEachElement(root, (el) => {
      if (matchesTypeSelector(el, CONTAINERS)) candidates.push(el);
    });
    candidates.reverse();
    for (const el of candidates) {
      if ((el.textContent ?? '').replace(/[\s\u00a0\u200b\u3000]+/g, '') !== '') continue;
      if (hasMedia(el) || el.querySelector('br, hr, iframe, video, audio, embed, object')) continue;
      el.remove();
    }
    // Runs of <br> left where lines were removed.
    // = querySelectorAll('br + br + br'): listed before any is removed, as that list was.
    const runs = elementsOfTypes(root, BR).filter((br) => {
      const previous = br.previousElementSibling;
      return (
        previous !== null &&
        matchesTypeSelector(previous, BR) &&
        previous.previousElementSibling !== null &&
        matchesTypeSelector(previous.previousElementSibling, BR)
      );
    });
    for (const br of runs) br.remove();
  },
};
