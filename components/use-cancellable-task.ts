/**
 * The state every long job of a panel shares (export, backup, restore): which job runs, its
 * progress, its outcome, and an abort for the cancel button. One job at a time per panel.
 */
import { i18n } from '#i18n';
import { useRef, useState } from 'preact/hooks';
import type { Progress } from '@/utils/db/types';
import { describeError, isAbortError } from '@/utils/ui/errors';

export interface TaskOutcome {
  kind: 'info' | 'error';
  text: string;
}

export function useCancellableTask<Kind extends string, Outcome extends TaskOutcome>() {
  const [running, setRunning] = useState<Kind | null>(null);
  const [progress, setProgress] = useState<Progress | null>(null);
  const [outcome, setOutcome] = useState<Outcome | TaskOutcome | null>(null);
  const controller = useRef<AbortController | null>(null);

  /** Runs `task`; never throws: a failure or a cancel becomes the outcome the panel shows. */
  async function run(kind: Kind, task: (signal: AbortSignal) => Promise<Outcome>): Promise<void> {
    const abort = new AbortController();
    controller.current = abort;
    setRunning(kind);
    setOutcome(null);
    setProgress(null);
    try {
      setOutcome(await task(abort.signal));
    } catch (error) {
      setOutcome({
        kind: isAbortError(error) ? 'info' : 'error',
        text: isAbortError(error) ? i18n.t('ui_export_cancelled') : describeError(error),
      });
    } finally {
      controller.current = null;
      setRunning(null);
    }
  }

  return {
    running,
    progress,
    outcome,
    setProgress,
    run,
    cancel: () => controller.current?.abort(),
  };
}
