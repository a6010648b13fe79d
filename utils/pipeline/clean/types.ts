import type { LineCache } from './line-cache';

/** What every cleaning rule may read besides the article element itself. */
export interface CleanContext {
  /** The article title as found by Readability / the page (used to spot the title repeated in the body). */
  title: string;
  /** The page URL. */
  url: string;
  /**
   * The article's lines, shared between rules (cleanArticle sets it; a rule applied on its own has
   * none and collects its lines itself). Read it through `rootLines`.
   */
  lines?: LineCache;
}

/**
 * What a rule's `apply` returns: `false` when it left the tree exactly as it was, so the lines
 * collected before it are still the article's lines; anything else (nothing, `true`) when it may
 * have changed the tree. Only `false` is a promise; a rule that cannot tell returns nothing.
 */
export type CleanOutcome = boolean | void;

/** One cleaning rule: removes (or rewrites) one kind of non-article content, in place. */
export interface CleanRule {
  /** Kebab-case name, the same as the file name; used in debug output and tests. */
  readonly name: string;
  apply(root: Element, context: CleanContext): CleanOutcome;
}
