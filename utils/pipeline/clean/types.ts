/** What every cleaning rule may read besides the article element itself. */
export interface CleanContext {
  /** The article title as found by Readability / the page (used to spot the title repeated in the body). */
  title: string;
  /** The page URL. */
  url: string;
}

/** One cleaning rule: removes (or rewrites) one kind of non-article content, in place. */
export interface CleanRule {
  /** Kebab-case name, the same as the file name; used in debug output and tests. */
  readonly name: string;
  apply(root: Element, context: CleanContext): void;
}
