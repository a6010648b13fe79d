/**
 * "Back up everything" (a zip of every clip with its kept page HTML) and its restore. Unlike a
 * seed-folder export, a backup brings back the raw HTML and clip dates exactly.
 */
import { i18n } from '#i18n';
import type { SeedDb } from '@/utils/db/schema';
import type { ProgressCallback } from '@/utils/db/types';
import { downloadBlob } from '@/utils/ui/file-system';
import { ProgressBar } from './ProgressBar';
import { useCancellableTask, type TaskOutcome } from './use-cancellable-task';

/** The backup functions of utils/backup (passed in, so this panel does not pull them eagerly). */
export interface BackupApi {
  backupAll(
    db: SeedDb,
    opts?: { onProgress?: ProgressCallback; signal?: AbortSignal },
  ): Promise<Blob>;
  restoreBackup(
    db: SeedDb,
    zip: Uint8Array | Blob,
    opts?: { onProgress?: ProgressCallback },
  ): Promise<{ restored: number; invalid: { name: string; reason: string }[] }>;
  backupFileName(): string;
}

export interface BackupPanelProps {
  db: SeedDb;
  api: BackupApi;
  onRestored(): void;
}

interface Outcome extends TaskOutcome {
  invalid?: { name: string; reason: string }[];
}

export function BackupPanel({ db, api, onRestored }: BackupPanelProps) {
  const { backupAll, backupFileName, restoreBackup } = api;
  const { running, progress, outcome, setProgress, run, cancel } = useCancellableTask<
    'backup' | 'restore',
    Outcome
  >();

  function backup() {
    void run('backup', async (signal) => {
      const blob = await backupAll(db, { onProgress: setProgress, signal });
      downloadBlob(blob, backupFileName());
      return { kind: 'info', text: i18n.t('ui_backup_done', [backupFileName()]) };
    });
  }

  function restore(event: Event) {
    const input = event.currentTarget as HTMLInputElement;
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    // Restore cannot be cancelled half-way (it is one transaction per batch); the list is
    // refreshed whatever happened, since some batches may have landed.
    void run('restore', async () => {
      const result = await restoreBackup(db, file, { onProgress: setProgress });
      return {
        kind: result.invalid.length > 0 ? 'error' : 'info',
        text: i18n.t('ui_restore_done', [String(result.restored), String(result.invalid.length)]),
        invalid: result.invalid,
      };
    }).then(onRestored);
  }

  return (
    <section class="panel" aria-labelledby="backup-heading" data-testid="backup-panel">
      <h2 id="backup-heading">{i18n.t('ui_backup_heading')}</h2>
      <p class="muted">{i18n.t('ui_backup_intro')}</p>
      <div class="button-row">
        <button
          type="button"
          class="primary"
          disabled={running !== null}
          data-testid="backup-button"
          onClick={backup}
        >
          {i18n.t('ui_backup_button')}
        </button>
        <label class="file-button">
          {i18n.t('ui_restore_button')}
          <input
            type="file"
            accept=".zip,application/zip"
            disabled={running !== null}
            data-testid="restore-file-input"
            onChange={restore}
          />
        </label>
      </div>
      {running ? (
        <ProgressBar
          label={running === 'backup' ? i18n.t('ui_backup_running') : i18n.t('ui_restore_running')}
          progress={progress}
          onCancel={running === 'backup' ? cancel : undefined}
          testId="backup-progress"
        />
      ) : null}
      {outcome ? (
        <div role={outcome.kind === 'error' ? 'alert' : 'status'} data-testid="backup-result">
          <p class={outcome.kind === 'error' ? 'error-text' : 'ok-text'}>{outcome.text}</p>
          {'invalid' in outcome && outcome.invalid && outcome.invalid.length > 0 ? (
            <ul class="invalid-list">
              {outcome.invalid.slice(0, 100).map((item) => (
                <li key={item.name}>
                  <code>{item.name}</code>: {item.reason}
                </li>
              ))}
            </ul>
          ) : null}
        </div>
      ) : null}
    </section>
  );
}
