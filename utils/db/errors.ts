/**
 * Quota failures must reach the user ("storage is full — free space or export and delete clips"),
 * so every write path maps them to one class and rethrows; nothing swallows them.
 */

/** The browser refused to store more data. The write that hit it was rolled back entirely. */
export class QuotaError extends Error {
  override readonly name = 'QuotaError';
  constructor(
    message = 'The browser has no storage space left for the collection; nothing was saved.',
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

const QUOTA_NAMES = new Set(['QuotaExceededError', 'QuotaExceeded', 'NS_ERROR_DOM_QUOTA_REACHED']);

/**
 * Whether an error is (or wraps) a quota failure: a DOMException QuotaExceededError, Firefox's
 * NS_ERROR_DOM_QUOTA_REACHED, or a Dexie error (AbortError, BulkError, …) whose `inner`, `cause`
 * or `failures` hold one — an aborted transaction reports the quota error only as its inner error.
 */
export function isQuotaError(error: unknown, depth = 0): boolean {
  if (depth > 5 || error === null || typeof error !== 'object') return false;
  if (error instanceof QuotaError) return true;
  const candidate = error as {
    name?: unknown;
    inner?: unknown;
    cause?: unknown;
    failures?: unknown;
    code?: unknown;
  };
  if (typeof candidate.name === 'string' && QUOTA_NAMES.has(candidate.name)) return true;
  // Legacy DOMException code 22 = QUOTA_EXCEEDED_ERR.
  if (candidate.code === 22 && candidate.name !== 'AbortError') return true;
  if (isQuotaError(candidate.inner, depth + 1) || isQuotaError(candidate.cause, depth + 1)) {
    return true;
  }
  const failures = candidate.failures;
  if (Array.isArray(failures)) return failures.some((failure) => isQuotaError(failure, depth + 1));
  if (failures && typeof failures === 'object') {
    return Object.values(failures).some((failure) => isQuotaError(failure, depth + 1));
  }
  return false;
}

/** Runs a write; a quota failure comes out as QuotaError (cause = the original error). */
export async function mapQuotaErrors<T>(write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (error instanceof QuotaError) throw error;
    if (isQuotaError(error)) throw new QuotaError(undefined, { cause: error });
    throw error;
  }
}
