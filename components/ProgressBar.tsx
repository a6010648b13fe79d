import { i18n } from '#i18n';
import type { Progress } from '@/utils/db/types';

export interface ProgressBarProps {
  label: string;
  progress: Progress | null;
  onCancel?(): void;
  testId?: string;
}

/** A labelled progress bar ("1,234 / 50,000") with an optional Cancel button. */
export function ProgressBar({ label, progress, onCancel, testId }: ProgressBarProps) {
  const total = progress?.total ?? 0;
  const done = Math.min(progress?.done ?? 0, total);
  return (
    <div class="progress-row" data-testid={testId}>
      <progress
        class="progress"
        aria-label={label}
        max={total > 0 ? total : undefined}
        value={total > 0 ? done : undefined}
      />
      <span class="muted progress-text">
        {total > 0
          ? i18n.t('ui_progress_count', [done.toLocaleString(), total.toLocaleString()])
          : label}
      </span>
      {onCancel ? (
        <button
          type="button"
          onClick={onCancel}
          data-testid={testId ? `${testId}-cancel` : undefined}
        >
          {i18n.t('ui_cancel')}
        </button>
      ) : null}
    </div>
  );
}
