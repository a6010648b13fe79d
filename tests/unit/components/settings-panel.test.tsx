import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { act } from 'preact/test-utils';
import { SettingsPanel } from '@/components/SettingsPanel';
import { bodyModeSetting, defaultCategorySetting, keepRawHtmlSetting } from '@/utils/settings';
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

describe('SettingsPanel', () => {
  it('shows the stored settings and saves changes', async () => {
    await defaultCategorySetting.setValue('金融');
    mounted = mount(<SettingsPanel />);
    const category = byTestId<HTMLInputElement>(mounted.container, 'setting-category');
    await waitFor(() => expect(category.value).toBe('金融'));

    await act(async () => {
      category.value = '新媒体';
      category.dispatchEvent(new Event('input', { bubbles: true }));
      category.dispatchEvent(new Event('change', { bubbles: true }));
    });
    await waitFor(() =>
      expect(byTestId(mounted!.container, 'settings-saved').textContent).toBe('Saved.'),
    );
    expect(await defaultCategorySetting.getValue()).toBe('新媒体');

    await click(byTestId(mounted.container, 'setting-body-html'));
    await click(byTestId(mounted.container, 'setting-keep-raw'));
    expect(await bodyModeSetting.getValue()).toBe('html');
    expect(await keepRawHtmlSetting.getValue()).toBe(false);
  });
});
