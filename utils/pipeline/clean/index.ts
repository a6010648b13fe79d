import { keepFirstPost } from './rules/keep-first-post';
import { removeBoilerplateBoxes } from './rules/remove-boilerplate-boxes';
import { removeBreadcrumbs } from './rules/remove-breadcrumbs';
import { removeCommentWidgets } from './rules/remove-comment-widgets';
import { removeCreditLines } from './rules/remove-credit-lines';
import { removeDisclaimers } from './rules/remove-disclaimers';
import { removeEditLinks } from './rules/remove-edit-links';
import { removeEmpty } from './rules/remove-empty';
import { removeForms } from './rules/remove-forms';
import { removeHidden } from './rules/remove-hidden';
import { removeImageHints } from './rules/remove-image-hints';
import { removeKeywordLists } from './rules/remove-keyword-lists';
import { removeLegalNotices } from './rules/remove-legal-notices';
import { removeLinkLists } from './rules/remove-link-lists';
import { removeMetaLines } from './rules/remove-meta-lines';
import { removeNavigation } from './rules/remove-navigation';
import { removePagination } from './rules/remove-pagination';
import { removePostListings } from './rules/remove-post-listings';
import { removePromos } from './rules/remove-promos';
import { removeRelated } from './rules/remove-related';
import { removeRepeatedBlocks } from './rules/remove-repeated-blocks';
import { removeSideCells } from './rules/remove-side-cells';
import { removeShareBars } from './rules/remove-share-bars';
import { removeTeasers } from './rules/remove-teasers';
import { stripAttributes } from './rules/strip-attributes';
import { trimTrailingBoilerplate } from './rules/trim-trailing-boilerplate';
import { LineCache } from './line-cache';
import type { CleanContext, CleanRule } from './types';

export type { CleanContext, CleanOutcome, CleanRule } from './types';

/**
 * The cleaning rules, in the order they run. Why this order:
 * 1. Whole elements first (hidden, navigation, forms, boxes named as boilerplate, side columns of
 *    layout tables): cheap, certain, and they remove the bulk so the line-based rules below see
 *    fewer false "lines". Side cells run after named boxes so a named ad box in the article cell
 *    is gone before the cells' prose is compared.
 *    Then the page's shape: keep-first-post (an archive page or a thread is a series of stamped
 *    posts; keep the first) after side cells, so a side column's dated "latest posts" never count,
 *    and before the line rules, which delete the stamp lines it recognises posts by (remove-meta-
 *    lines clears dates from the head zone); remove-post-listings (a reply tree, a dated headline
 *    list) right after, while a list's dates are still in it.
 * 2. Sections introduced by a heading line (related news, keyword lists) before single-line rules,
 *    because removing the heading line first would orphan its link list.
 * 3. Single-line rules (widgets, breadcrumbs, dates, share bars, credits, disclaimers, legal, promos,
 *    hints, pagination, teasers). Promos, teasers, disclaimers and legal notices run before the
 *    tail-zone rule (credits) because a teaser or a long reprint notice after the credit line would
 *    otherwise count as the article's last prose and hide the tail ("(本文来源：X)" followed by
 *    "X声明：…转载…"). Nothing before the zone rules removes article prose.
 * 4. Link lists after the line rules, so a list's heading has been removed and the list is judged on
 *    its own; repeated blocks after that, so boilerplate repeated twice is gone already.
 * 5. Trimming the non-prose tail, then empty elements, then attributes — strip-attributes is last
 *    because every rule above may read class and id.
 */
export const CLEAN_RULES: readonly CleanRule[] = [
  removeHidden,
  removeNavigation,
  removeForms,
  removeBoilerplateBoxes,
  removeSideCells,
  keepFirstPost,
  removePostListings,
  removeEditLinks,
  removeRelated,
  removeKeywordLists,
  removeCommentWidgets,
  removeBreadcrumbs,
  removeMetaLines,
  removeShareBars,
  removePromos,
  removeTeasers,
  removeDisclaimers,
  removeLegalNotices,
  removeCreditLines,
  removeImageHints,
  removePagination,
  removeLinkLists,
  removeRepeatedBlocks,
  trimTrailingBoilerplate,
  removeEmpty,
  stripAttributes,
];

/**
 * Applies every cleaning rule in order to `root`, in place. The rules share the article's lines
 * (LineCache) until one of them may have changed the tree.
 */
export function cleanArticle(
  root: Element,
  context: CleanContext,
  rules: readonly CleanRule[] = CLEAN_RULES,
): void {
  const lines = new LineCache();
  const shared: CleanContext = { ...context, lines };
  for (const rule of rules) {
    if (rule.apply(root, shared) !== false) lines.invalidate();
  }
}
