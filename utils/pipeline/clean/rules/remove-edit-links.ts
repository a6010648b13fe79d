import type { CleanRule } from '../types';
import { forEachElement, hasToken } from '../../prepare/elements';

const EDIT_LINK_CLASSES = ['mw-editsection', 'editsection', 'edit-link', 'post-edit-link'];

/** Wiki-style "[edit]" links and "edit this page" widgets. */
export const removeEditLinks: CleanRule = {
  name: 'remove-edit-links',
  apply(root) {
    // = querySelectorAll('.mw-editsection, .editsection, .edit-link, .post-edit-link'), by a
    // TreeWalker: jsdom's selector engine answers a class list with a whole-tree pass per class.
    // Class selectors match ASCII case-insensitively in quirks mode, as hasToken does.
    const quirks = root.ownerDocument.compatMode === 'BackCompat';
    const hasClass = (el: Element, name: string): boolean =>
      quirks ? hasToken(el, 'class', name) : el.classList.contains(name);
    const found: Element[] = [];
    forEachElement(root, (el) => {
      if (el.hasAttribute('class') && EDIT_LINK_CLASSES.some((name) => hasClass(el, name)))
        found.push(el);
    });
    for (const el of found) el.remove();
    return found.length > 0;
  },
};
