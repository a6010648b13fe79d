import type { CleanRule } from '../types';

const HIDDEN_STYLE =
  /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)\s*(?:!important)?\s*(?:;|$)/i;

/** Elements the page never shows (hidden attribute, display:none inline style) are not article. */
export const removeHidden: CleanRule = {
  name: 'remove-hidden',
  apply(root) {
    let changed = false;
    for (const el of Array.from(root.querySelectorAll('[hidden], [style]'))) {
      if (!el.isConnected && !root.contains(el)) continue;
      if (el.hasAttribute('hidden') || HIDDEN_STYLE.test(el.getAttribute('style') ?? '')) {
        el.remove();
        changed = true;
      }
    }
    return changed;
  },
};
