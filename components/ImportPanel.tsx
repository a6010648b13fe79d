/**
 * Import a seed folder or zip: the directory picker (Chromium), a folder input
 * (webkitdirectory), or files (.txt and .zip). Clips are deduplicated by id; the report lists
 * imported / updated / skipped / invalid files with reasons. Invalid files are never written.
 */
import { i18n } from '#i18n';
import { useRef, useState } from 'preact/hooks';
import type { SeedDb } from '@/utils/db/schema';
import type { Progress } from '@/utils/db/types';
import { importAny, type ImportReport } from '@/utils/import';
import { describeError, isAbortError } from '@/utils/ui/errors';
import {
  canPickDirectory,
  collectDirectoryFiles,
  isImportableName,
  pickDirectory,
} from '@/utils/ui/file-system';
import { ImportReportView } from './ImportReportView';
import { ProgressBar } from './ProgressBar';

export interface ImportPanelProps {
  db: SeedDb;
  /** The collection changed (the list reloads). */
  onImported(): void;
}

export function ImportPanel({ db, onImported }: ImportPanelProps) {
  const [progress, setProgress] = useState<Progress | null>(null);
  const [running, setRunning] = useState(false);
  const [report, setReport] = useState<ImportReport | null>(null);
  const [ignored, setIgnored] = useState(0);
  const [error, setError] = useState('');
  const controller = useRef<AbortController | null>(null);

  async function importFiles(files: File[], ignoredCount: number) {
    if (files.length === 0) {
      setError(i18n.t('ui_import_nothing'));
      return;
    }
    const abort = new AbortController();
    controller.current = abort;
    setRunning(true);
    setReport(null);
    setError('');
    setProgress(null);
    setIgnored(ignoredCount);
    try {
      setReport(await importAny(db, files, { onProgress: setProgress, signal: abort.signal }));
    } catch (failure) {
      setError(isAbortError(failure) ? i18n.t('ui_import_cancelled') : describeError(failure));
    } finally {
      controller.current = null;
      setRunning(false);
      onImported();
    }
  }

  function fromInput(event: Event) {
    const input = event.currentTarget as HTMLInputElement;
    const all = Array.from(input.files ?? []);
    // webkitRelativePath keeps the folder path, so hidden files in subfolders are recognized too.
    const files = all.filter((file) => isImportableName(file.webkitRelativePath || file.name));
    input.value = '';
    void importFiles(files, all.length - files.length);
  }

  async function fromPicker() {
    try {
      const directory = await pickDirectory('read');
      const { files, ignored: skippedFiles } = await collectDirectoryFiles(directory);
      await importFiles(files, skippedFiles);
    } catch (failure) {
      if (!isAbortError(failure)) setError(describeError(failure));
    }
  }

  return (
    <section class="panel" aria-labelledby="import-heading" data-testid="import-panel">
      <h2 id="import-heading">{i18n.t('ui_import_heading')}</h2>
      <p class="muted">{i18n.t('ui_import_intro')}</p>
      <div class="button-row">
        {canPickDirectory() ? (
          <button
            type="button"
            class="primary"
            disabled={running}
            data-testid="import-folder-button"
            onClick={() => void fromPicker()}
          >
            {i18n.t('ui_import_pick_folder')}
          </button>
        ) : null}
        <label class="file-button">
          {i18n.t('ui_import_folder_input')}
          <input
            type="file"
            multiple
            // @ts-expect-error -- webkitdirectory is not in Preact's JSX types, browsers support it.
            webkitdirectory=""
            disabled={running}
            data-testid="import-folder-input"
            onChange={fromInput}
          />
        </label>
        <label class="file-button">
          {i18n.t('ui_import_files_input')}
          <input
            type="file"
            multiple
            accept=".txt,.zip,text/plain,application/zip"
            disabled={running}
            data-testid="import-file-input"
            onChange={fromInput}
          />
        </label>
      </div>
      {running ? (
        <ProgressBar
          label={i18n.t('ui_import_running')}
          progress={progress}
          onCancel={() => controller.current?.abort()}
          testId="import-progress"
        />
      ) : null}
      {error ? (
        <p class="error-text" role="alert" data-testid="import-error">
          {error}
        </p>
      ) : null}
      {report ? <ImportReportView report={report} ignored={ignored} /> : null}
    </section>
  );
}
