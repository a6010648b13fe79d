/** Settings (browser.storage via utils/settings.ts): default category, body mode, keep raw HTML. */
import { i18n } from '#i18n';
import { useEffect, useState } from 'preact/hooks';
import type { BodyMode } from '@/utils/types';
import {
  bodyModeSetting,
  DEFAULT_CATEGORY,
  defaultCategorySetting,
  keepRawHtmlSetting,
} from '@/utils/settings';

export function SettingsPanel() {
  const [category, setCategory] = useState<string | null>(null);
  const [bodyMode, setBodyMode] = useState<BodyMode>('markdown');
  const [keepRaw, setKeepRaw] = useState(true);
  const [notice, setNotice] = useState('');

  useEffect(() => {
    void Promise.all([
      defaultCategorySetting.getValue(),
      bodyModeSetting.getValue(),
      keepRawHtmlSetting.getValue(),
    ]).then(([storedCategory, storedMode, storedKeep]) => {
      setCategory(storedCategory);
      setBodyMode(storedMode === 'html' ? 'html' : 'markdown');
      setKeepRaw(storedKeep !== false);
    });
  }, []);

  async function save(task: Promise<void>) {
    try {
      await task;
      setNotice(i18n.t('ui_settings_saved'));
    } catch (error) {
      setNotice(String(error));
    }
  }

  return (
    <section class="panel" aria-labelledby="settings-heading" data-testid="settings-panel">
      <h2 id="settings-heading">{i18n.t('ui_settings_heading')}</h2>
      <label class="field">
        {i18n.t('ui_settings_category')}
        <input
          value={category ?? ''}
          placeholder={DEFAULT_CATEGORY}
          disabled={category === null}
          data-testid="setting-category"
          onInput={(event) => setCategory((event.currentTarget as HTMLInputElement).value)}
          onChange={(event) =>
            void save(
              defaultCategorySetting.setValue(
                (event.currentTarget as HTMLInputElement).value.trim() || DEFAULT_CATEGORY,
              ),
            )
          }
        />
        <small class="muted">{i18n.t('ui_settings_category_hint')}</small>
      </label>
      <fieldset>
        <legend>{i18n.t('ui_settings_body_mode')}</legend>
        {(['markdown', 'html'] as const).map((mode) => (
          <label key={mode}>
            <input
              type="radio"
              name="body-mode"
              value={mode}
              checked={bodyMode === mode}
              data-testid={`setting-body-${mode}`}
              onChange={() => {
                setBodyMode(mode);
                void save(bodyModeSetting.setValue(mode));
              }}
            />
            {mode === 'markdown'
              ? i18n.t('ui_settings_body_markdown')
              : i18n.t('ui_settings_body_html')}
          </label>
        ))}
      </fieldset>
      <label class="check">
        <input
          type="checkbox"
          checked={keepRaw}
          data-testid="setting-keep-raw"
          onChange={(event) => {
            const value = (event.currentTarget as HTMLInputElement).checked;
            setKeepRaw(value);
            void save(keepRawHtmlSetting.setValue(value));
          }}
        />
        {i18n.t('ui_settings_keep_raw')}
      </label>
      <p class="muted">{i18n.t('ui_settings_keep_raw_hint')}</p>
      <p class="ok-text" role="status" data-testid="settings-saved">
        {notice}
      </p>
    </section>
  );
}
