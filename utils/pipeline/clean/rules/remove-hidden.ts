import { forEachElement } from '../../prepare/elements';
import type { CleanRule } from '../types';

const HIDDEN_STYLE =
  /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)\s*(?:!important)?\s*(?:;|$)/i;

/** Elements the page never shows (hidden attribute, display:none inline style) are not article. */
export const removeHidden: CleanRule = {
  name: 'remove-hidden',
  apply(root) {
    let changed = false;
    // = querySelectorAll('[hidden], [style]'), by a TreeWalker instead of the selector engine.
    const candidates: Element[] = [];
    forEachElement(root, (el) => {
      if (el.hasAttribute('hidden') || el.hasAttribute('style')) candidates.push(el);
    });
    for (const el of candidates) {
      if (!el.isConnected && !root.contains(el)) continue;
      if (el.hasAttribute('hidden') || HIDDEN_STYLE.test(el.getAttribute('style') ?? '')) {
        el.remove();
        changed = true;
      }
    }
    return changed;
  },
};
