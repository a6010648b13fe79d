/**
 * Thrown by clipDocument when the page has no article to clip (and the caller did not ask for the
 * whole page). Callers show it as "no article found" with the next step: clip the selection or the
 * whole page instead.
 */
export class NoArticleError extends Error {
  override readonly name = 'NoArticleError';
  constructor(
    message = 'No article found on this page. Select the text to clip, or clip the whole page.',
  ) {
    super(message);
  }
}

export function isNoArticleError(error: unknown): error is NoArticleError {
  return error instanceof Error && error.name === 'NoArticleError';
}
