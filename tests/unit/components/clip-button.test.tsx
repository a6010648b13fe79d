import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { ClipButton } from '@/components/ClipButton';
import type { ClipFinished, ClipStatus } from '@/utils/messages';
import { lastClipStatus } from '@/utils/settings';
import { byTestId, click, installEnglishMessages, mount, waitFor, type Mounted } from './helpers';

let mounted: Mounted | undefined;

beforeEach(() => {
  fakeBrowser.reset();
  installEnglishMessages();
});

afterEach(() => {
  mounted?.unmount();
  mounted = undefined;
});

const base = {
  tabId: 7,
  url: 'https://example.com/',
  startedAt: 1,
  selectionOnly: false,
  wholePage: false,
};

function answer(outcome: ClipFinished) {
  const sent: unknown[] = [];
  fakeBrowser.runtime.sendMessage = vi.fn(async (message: unknown) => {
    sent.push(message);
    return { ok: true, data: outcome };
  }) as unknown as typeof fakeBrowser.runtime.sendMessage;
  return sent;
}

describe('ClipButton', () => {
  it('clips and shows "Saved" with the title', async () => {
    const onClipped = vi.fn();
    const sent = answer({
      ...base,
      state: 'done',
      finishedAt: Date.now(),
      clipId: 'abcd',
      title: '新闻标题',
      updated: false,
      flags: [],
      message: 'Clipped',
    });
    const onShow = vi.fn();
    mounted = mount(<ClipButton onClipped={onClipped} onShow={onShow} />);
    await click(byTestId(mounted.container, 'clip-button'));
    const status = byTestId(mounted.container, 'clip-status');
    await waitFor(() => expect(status.getAttribute('data-state')).toBe('done'));
    expect(status.textContent).toContain('Saved:');
    expect(status.textContent).toContain('新闻标题');
    expect(sent).toEqual([{ type: 'clip-active-tab' }]);
    expect(onClipped).toHaveBeenCalledWith('abcd');
    await click(byTestId(mounted.container, 'clip-status-show'));
    expect(onShow).toHaveBeenCalledWith('abcd');
  });

  it('says "Updated" for a re-clip, and clips the tab given by ?tabId', async () => {
    const sent = answer({
      ...base,
      state: 'done',
      finishedAt: Date.now(),
      clipId: 'abcd',
      title: 'T',
      updated: true,
      flags: [],
      message: '',
    });
    mounted = mount(<ClipButton tabId={42} onClipped={() => undefined} />);
    await click(byTestId(mounted.container, 'clip-selection-button'));
    const status = byTestId(mounted.container, 'clip-status');
    await waitFor(() => expect(status.textContent).toContain('Updated:'));
    expect(sent).toEqual([{ type: 'clip-active-tab', tabId: 42, selectionOnly: true }]);
  });

  it('shows the error and next step, and offers "Clip the whole page anyway" for no article', async () => {
    const sent = answer({
      ...base,
      state: 'error',
      finishedAt: Date.now(),
      error: {
        code: 'no-article',
        message: 'No article was found on this page.',
        nextStep: 'Clip the whole page anyway, or select the text you want and clip the selection.',
        canClipWholePage: true,
      },
    });
    mounted = mount(<ClipButton onClipped={() => undefined} />);
    await click(byTestId(mounted.container, 'clip-button'));
    const status = byTestId(mounted.container, 'clip-status');
    await waitFor(() => expect(status.getAttribute('data-state')).toBe('error'));
    expect(status.textContent).toContain('No article was found');
    expect(status.textContent).toContain('select the text');
    await click(byTestId(mounted.container, 'clip-whole-page-button'));
    expect(sent[1]).toEqual({ type: 'clip-active-tab', tabId: 7, wholePage: true });
  });

  it('shows a protected page error without the whole-page button', async () => {
    answer({
      ...base,
      state: 'error',
      finishedAt: Date.now(),
      error: {
        code: 'protected-page',
        message: 'The browser does not let extensions read this page.',
        nextStep: 'Open a regular web page (http or https) and clip it there.',
      },
    });
    mounted = mount(<ClipButton onClipped={() => undefined} />);
    await click(byTestId(mounted.container, 'clip-button'));
    await waitFor(() =>
      expect(byTestId(mounted!.container, 'clip-status').textContent).toContain('regular web page'),
    );
    expect(mounted.container.querySelector('[data-testid="clip-whole-page-button"]')).toBeNull();
  });

  it('shows a clip still running in the background when the popup opens', async () => {
    const running: ClipStatus = { ...base, state: 'running' };
    await lastClipStatus.setValue(running);
    mounted = mount(<ClipButton onClipped={() => undefined} />);
    const status = byTestId(mounted.container, 'clip-status');
    await waitFor(() => expect(status.getAttribute('data-state')).toBe('running'));
    expect(byTestId<HTMLButtonElement>(mounted.container, 'clip-button').disabled).toBe(true);
  });
});
