import { i18n } from '#i18n';
import { useEffect } from 'preact/hooks';

/** How long a notice stays (Undo stays longer; errors stay until dismissed). */
const INFO_MS = 5_000;
const UNDO_MS = 15_000;

export interface ToastProps {
  message: string;
  /** Shows an Undo button when present. */
  onUndo?(): void;
  onDismiss(): void;
  kind?: 'info' | 'error';
}

/** A short notice at the bottom (e.g. "Deleted" with Undo); announced to screen readers. */
export function Toast({ message, onUndo, onDismiss, kind = 'info' }: ToastProps) {
  useEffect(() => {
    if (kind === 'error') return;
    const timer = setTimeout(onDismiss, onUndo ? UNDO_MS : INFO_MS);
    return () => clearTimeout(timer);
  }, [message, kind, onUndo === undefined]);
  return (
    <div
      class={`toast toast-${kind}`}
      role={kind === 'error' ? 'alert' : 'status'}
      aria-live={kind === 'error' ? 'assertive' : 'polite'}
      data-testid="toast"
    >
      <span class="toast-message">{message}</span>
      {onUndo ? (
        <button type="button" class="link-button" data-testid="undo-button" onClick={onUndo}>
          {i18n.t('ui_undo')}
        </button>
      ) : null}
      <button
        type="button"
        class="icon-button"
        aria-label={i18n.t('ui_dismiss')}
        onClick={onDismiss}
      >
        ×
      </button>
    </div>
  );
}
