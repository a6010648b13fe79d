/** One sentence for an error a UI action hit, with the next step where there is one. */
import { i18n } from '#i18n';
import { isQuotaError } from '../db/errors';

export function isAbortError(error: unknown): boolean {
  return (
    typeof error === 'object' &&
    error !== null &&
    (error as { name?: unknown }).name === 'AbortError' &&
    !isQuotaError(error)
  );
}

export function describeError(error: unknown): string {
  if (isQuotaError(error)) return i18n.t('ui_err_quota');
  if (isAbortError(error)) return i18n.t('ui_err_cancelled');
  const detail = error instanceof Error ? error.message : String(error);
  return i18n.t('ui_err_generic', [detail]);
}
