import type { CleanRule } from '../types';

/** Wiki-style "[edit]" links and "edit this page" widgets. */
export const removeEditLinks: CleanRule = {
  name: 'remove-edit-links',
  apply(root) {
    const found = Array.from(
      root.querySelectorAll('.mw-editsection, .editsection, .edit-link, .post-edit-link'),
    );
    for (const el of found) el.remove();
    return found.length > 0;
  },
};
