import { forEachElement } from '../../prepare/elements';
import { matchesTypeSelector } from '../dom';
import type { CleanRule } from '../types';

const NAV_TAGS = new Set(['nav', 'menu']);

/**
 * `<nav>` and role=navigation blocks are site navigation, never article text. Readability keeps a
 * page that is only a `<nav>`; removing it here is what makes such a page "no article".
 */
export const removeNavigation: CleanRule = {
  name: 'remove-navigation',
  apply(root) {
    // = querySelectorAll('nav, [role="navigation"], menu'), by a TreeWalker instead of the
    // selector engine (role's value is matched case-sensitively, as the selector does).
    const found: Element[] = [];
    forEachElement(root, (el) => {
      if (matchesTypeSelector(el, NAV_TAGS) || el.getAttribute('role') === 'navigation')
        found.push(el);
    });
    for (const el of found) el.remove();
    return found.length > 0;
  },
};
