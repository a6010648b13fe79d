/**
 * "Clip this page" / "Clip selection" and the clip's status. The background does the work and
 * records every state in `lastClipStatus`, so the status shown here is the stored one (a popup
 * reopened after it closed mid-clip still sees how it ended). A failure shows what happened and
 * what to do next; "no article" offers "Clip the whole page anyway".
 */
import { i18n } from '#i18n';
import { useEffect, useState } from 'preact/hooks';
import { MessageError, type ClipStatus } from '@/utils/messages';
import { sendMessage } from '@/utils/messages-runtime';
import { lastClipStatus } from '@/utils/settings';

/** A finished status older than this is history, not news: the popup does not show it. */
const STALE_STATUS_MS = 5 * 60_000;

export interface ClipButtonProps {
  /** The tab to clip (the popup opened as a tab in e2e passes ?tabId=); default: active tab. */
  tabId?: number;
  /** A clip was saved (the list reloads). */
  onClipped(clipId: string): void;
  /** "Show" next to the saved status: open that clip. */
  onShow?(clipId: string): void;
}

function isRecent(status: ClipStatus | null, now = Date.now()): status is ClipStatus {
  if (!status) return false;
  if (status.state === 'running') return true;
  return now - status.finishedAt < STALE_STATUS_MS;
}

export function ClipButton({ tabId, onClipped, onShow }: ClipButtonProps) {
  const [status, setStatus] = useState<ClipStatus | null>(null);
  const [sendError, setSendError] = useState('');
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    let live = true;
    lastClipStatus
      .getValue()
      .then((value) => live && isRecent(value) && setStatus(value))
      .catch(() => undefined);
    const unwatch = lastClipStatus.watch((value) => {
      setStatus(value);
      if (value?.state === 'done') onClipped(value.clipId);
    });
    return () => {
      live = false;
      unwatch();
    };
  }, []);

  async function clip(
    options: { selectionOnly?: boolean; wholePage?: boolean },
    targetTab: number | undefined = tabId,
  ) {
    setBusy(true);
    setSendError('');
    try {
      const outcome = await sendMessage({
        type: 'clip-active-tab',
        ...(targetTab === undefined ? {} : { tabId: targetTab }),
        ...options,
      });
      setStatus(outcome);
      if (outcome.state === 'done') onClipped(outcome.clipId);
    } catch (error) {
      const detail = error instanceof MessageError ? error.message : String(error);
      setSendError(i18n.t('ui_clip_send_failed', [detail]));
    } finally {
      setBusy(false);
    }
  }

  const running = busy || status?.state === 'running';

  return (
    <div class="clip-bar">
      <div class="clip-buttons">
        <button
          type="button"
          class="primary"
          data-testid="clip-button"
          disabled={running}
          onClick={() => void clip({})}
        >
          {i18n.t('ui_clip_page')}
        </button>
        <button
          type="button"
          data-testid="clip-selection-button"
          disabled={running}
          onClick={() => void clip({ selectionOnly: true })}
        >
          {i18n.t('ui_clip_selection')}
        </button>
      </div>
      <div
        class={`clip-status${status ? ` clip-status-${status.state}` : ''}${sendError ? ' clip-status-error' : ''}`}
        role="status"
        aria-live="polite"
        data-testid="clip-status"
        data-state={sendError ? 'error' : running ? 'running' : (status?.state ?? 'idle')}
      >
        {sendError ? (
          <p class="status-line">{sendError}</p>
        ) : running ? (
          <>
            <p class="status-line">{i18n.t('ui_clip_running')}</p>
            <progress class="progress" aria-label={i18n.t('ui_clip_running')} />
          </>
        ) : status?.state === 'done' ? (
          <p class="status-line">
            <strong>{status.updated ? i18n.t('ui_clip_updated') : i18n.t('ui_clip_saved')}</strong>{' '}
            <span class="status-title">{status.title}</span>{' '}
            {onShow ? (
              <button
                type="button"
                class="link-button"
                data-testid="clip-status-show"
                onClick={() => onShow(status.clipId)}
              >
                {i18n.t('ui_clip_show')}
              </button>
            ) : null}
          </p>
        ) : status?.state === 'error' ? (
          <>
            <p class="status-line">
              <strong>{status.error.message}</strong>
            </p>
            <p class="status-next">{status.error.nextStep}</p>
            {status.error.canClipWholePage ? (
              <button
                type="button"
                data-testid="clip-whole-page-button"
                onClick={() => void clip({ wholePage: true }, status.tabId)}
              >
                {i18n.t('ui_clip_whole_page')}
              </button>
            ) : null}
          </>
        ) : null}
      </div>
    </div>
  );
}
