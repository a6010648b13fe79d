/**
 * The placeholder-image rule, shared with the cleaning stage. It has one definition
 * (utils/pipeline/clean/placeholder-image.ts); metadata and markdown import it from here so the
 * three stages can never disagree about what a leftover lazy-loading placeholder is.
 */
export { isPlaceholderImageUrl, looksLikeImageUrl } from '../clean/placeholder-image';
