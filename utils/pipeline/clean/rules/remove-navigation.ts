import type { CleanRule } from '../types';

/**
 * `<nav>` and role=navigation blocks are site navigation, never article text. Readability keeps a
 * page that is only a `<nav>`; removing it here is what makes such a page "no article".
 */
export const removeNavigation: CleanRule = {
  name: 'remove-navigation',
  apply(root) {
    for (const el of Array.from(root.querySelectorAll('nav, [role="navigation"], menu')))
      el.remove();
  },
};
