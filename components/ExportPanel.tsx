/**
 * Export all or the checked clips: a zip (streamed, progress, cancel), or — where the browser has
 * the File System Access API (Chromium) — straight into a folder, remembered so the next export
 * writes only new and changed files. Firefox has no directory picker: the zip is the way there.
 */
import { i18n } from '#i18n';
import { useEffect, useState } from 'preact/hooks';
import type { SeedDb } from '@/utils/db/schema';
import { exportToDirectory, type ExportDirectoryHandle } from '@/utils/export/folder';
import { exportFileName, exportZip } from '@/utils/export/zip';
import {
  forgetExportDirectory,
  loadExportDirectory,
  saveExportDirectory,
} from '@/utils/ui/dir-handle-store';
import { isAbortError } from '@/utils/ui/errors';
import {
  canPickDirectory,
  downloadBlob,
  ensurePermission,
  pickDirectory,
} from '@/utils/ui/file-system';
import { ProgressBar } from './ProgressBar';
import { useCancellableTask, type TaskOutcome } from './use-cancellable-task';

export interface ExportPanelProps {
  db: SeedDb;
  /** Clips checked in the list (export selected). */
  checkedIds: readonly string[];
}

export function ExportPanel({ db, checkedIds }: ExportPanelProps) {
  const [scope, setScope] = useState<'all' | 'selected'>('all');
  const { running, progress, outcome, setProgress, run, cancel } = useCancellableTask<
    'zip' | 'folder',
    TaskOutcome
  >();
  const [directory, setDirectory] = useState<FileSystemDirectoryHandle | undefined>(undefined);
  const folderSupported = canPickDirectory();

  useEffect(() => {
    if (folderSupported) void loadExportDirectory().then(setDirectory);
  }, [folderSupported]);

  useEffect(() => {
    if (checkedIds.length === 0) setScope('all');
  }, [checkedIds.length]);

  const ids = scope === 'selected' ? [...checkedIds] : undefined;

  function exportAsZip() {
    void run('zip', async (signal) => {
      const blob = await exportZip(db, { ids, onProgress: setProgress, signal });
      downloadBlob(blob, exportFileName());
      return { kind: 'info', text: i18n.t('ui_export_zip_done', [exportFileName()]) };
    });
  }

  function exportToFolder(pickNew: boolean) {
    void run('folder', async (signal) => {
      let target = pickNew ? undefined : directory;
      if (!target) {
        try {
          target = await pickDirectory('readwrite');
        } catch (error) {
          // Closing the picker is not an error.
          if (isAbortError(error)) return { kind: 'info', text: i18n.t('ui_export_cancelled') };
          throw error;
        }
        await saveExportDirectory(target).catch(() => undefined);
        setDirectory(target);
      }
      if (!(await ensurePermission(target, 'readwrite'))) {
        return { kind: 'error', text: i18n.t('ui_export_folder_denied') };
      }
      // TS 5.9's DOM types want Uint8Array<ArrayBuffer> in write(); the export writes plain
      // Uint8Arrays the real API accepts, so the handle fits at runtime.
      const handle = target as unknown as ExportDirectoryHandle;
      const result = await exportToDirectory(db, handle, { ids, onProgress: setProgress, signal });
      return {
        kind: 'info',
        text: i18n.t('ui_export_folder_done', [
          target.name,
          String(result.written),
          String(result.unchanged),
          String(result.removed),
        ]),
      };
    });
  }

  return (
    <section class="panel" aria-labelledby="export-heading" data-testid="export-panel">
      <h2 id="export-heading">{i18n.t('ui_export_heading')}</h2>
      <p class="muted">{i18n.t('ui_export_intro')}</p>
      <fieldset class="scope" disabled={running !== null}>
        <legend>{i18n.t('ui_export_scope')}</legend>
        <label>
          <input
            type="radio"
            name="export-scope"
            checked={scope === 'all'}
            onChange={() => setScope('all')}
          />
          {i18n.t('ui_export_scope_all')}
        </label>
        <label>
          <input
            type="radio"
            name="export-scope"
            checked={scope === 'selected'}
            disabled={checkedIds.length === 0}
            onChange={() => setScope('selected')}
          />
          {i18n.t('ui_export_scope_selected', [String(checkedIds.length)])}
        </label>
      </fieldset>
      <div class="button-row">
        <button
          type="button"
          class="primary"
          disabled={running !== null}
          data-testid="export-zip-button"
          onClick={exportAsZip}
        >
          {i18n.t('ui_export_zip')}
        </button>
        {folderSupported ? (
          <>
            <button
              type="button"
              disabled={running !== null}
              data-testid="export-folder-button"
              onClick={() => exportToFolder(true)}
            >
              {i18n.t('ui_export_folder')}
            </button>
            {directory ? (
              <button
                type="button"
                disabled={running !== null}
                data-testid="export-folder-again-button"
                onClick={() => exportToFolder(false)}
              >
                {i18n.t('ui_export_folder_again', [directory.name])}
              </button>
            ) : null}
            {directory ? (
              <button
                type="button"
                class="link-button"
                disabled={running !== null}
                onClick={() => void forgetExportDirectory().then(() => setDirectory(undefined))}
              >
                {i18n.t('ui_export_folder_forget')}
              </button>
            ) : null}
          </>
        ) : (
          <p class="muted" data-testid="export-folder-unsupported">
            {i18n.t('ui_export_folder_unsupported')}
          </p>
        )}
      </div>
      {running ? (
        <ProgressBar
          label={i18n.t('ui_export_running')}
          progress={progress}
          onCancel={cancel}
          testId="export-progress"
        />
      ) : null}
      {outcome ? (
        <p
          class={outcome.kind === 'error' ? 'error-text' : 'ok-text'}
          role={outcome.kind === 'error' ? 'alert' : 'status'}
          data-testid="export-result"
        >
          {outcome.text}
        </p>
      ) : null}
    </section>
  );
}
