import type { CleanRule } from '../types';

/** Wiki-style "[edit]" links and "edit this page" widgets. */
export const removeEditLinks: CleanRule = {
  name: 'remove-edit-links',
  apply(root) {
    for (const el of Array.from(
      root.querySelectorAll('.mw-editsection, .editsection, .edit-link, .post-edit-link'),
    )) {
      el.remove();
    }
  },
};
