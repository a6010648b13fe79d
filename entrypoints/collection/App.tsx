import { i18n } from '#i18n';
import { useEffect, useState } from 'preact/hooks';
import { BackupPanel } from '@/components/BackupPanel';
import { Collection } from '@/components/Collection';
import { ExportPanel } from '@/components/ExportPanel';
import { ImportPanel } from '@/components/ImportPanel';
import { SettingsPanel } from '@/components/SettingsPanel';
import { StorageWarning } from '@/components/StorageWarning';
import type { SeedDb } from '@/utils/db/schema';
import type { ClipSummary } from '@/utils/db/types';
import { requestPersistentStorage } from '@/utils/settings';
import * as backup from '@/utils/backup';

type Section = 'collection' | 'transfer' | 'settings';

const SECTIONS: { id: Section; label: () => string }[] = [
  { id: 'collection', label: () => i18n.t('ui_nav_collection') },
  { id: 'transfer', label: () => i18n.t('ui_nav_transfer') },
  { id: 'settings', label: () => i18n.t('ui_nav_settings') },
];

function sectionFromHash(hash: string): Section {
  const id = hash.replace(/^#/, '');
  return SECTIONS.some((section) => section.id === id) ? (id as Section) : 'collection';
}

/**
 * The full view (collection.html): the collection at full size (list and preview side by side,
 * checkboxes to export a selection), export and import, settings and backup. File dialogs live
 * here because a popup closes when one opens.
 */
export function App({ db }: { db: SeedDb }) {
  const [section, setSection] = useState<Section>(() => sectionFromHash(location.hash));
  const [version, setVersion] = useState(0);
  const [checked, setChecked] = useState<ReadonlySet<string>>(new Set());

  useEffect(() => {
    void requestPersistentStorage();
    const onHash = () => setSection(sectionFromHash(location.hash));
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, []);

  function show(next: Section) {
    setSection(next);
    history.replaceState(null, '', `#${next}`);
  }

  function toggle(clip: ClipSummary) {
    const next = new Set(checked);
    if (next.has(clip.id)) next.delete(clip.id);
    else next.add(clip.id);
    setChecked(next);
  }

  const bump = () => setVersion((value) => value + 1);

  return (
    <div class="full-view">
      <header class="app-header">
        <h1 class="app-title">{i18n.t('extName')}</h1>
        <nav class="tabs" aria-label={i18n.t('ui_nav_label')}>
          {SECTIONS.map(({ id, label }) => (
            <button
              key={id}
              type="button"
              class="tab"
              aria-current={section === id ? 'page' : undefined}
              data-testid={`nav-${id}`}
              onClick={() => show(id)}
            >
              {label()}
            </button>
          ))}
        </nav>
        {checked.size > 0 ? (
          <span class="selection-note" data-testid="selection-count">
            {i18n.t('ui_selected_count', [String(checked.size)])}{' '}
            <button type="button" class="link-button" onClick={() => setChecked(new Set())}>
              {i18n.t('ui_clear_selection')}
            </button>
          </span>
        ) : null}
      </header>
      <StorageWarning />
      <main>
        {section === 'collection' ? (
          <Collection
            layout="full"
            version={version}
            checked={checked}
            onToggleChecked={toggle}
            onChanged={bump}
          />
        ) : section === 'transfer' ? (
          <div class="panels">
            <ExportPanel db={db} checkedIds={[...checked]} />
            <ImportPanel db={db} onImported={bump} />
          </div>
        ) : (
          <div class="panels">
            <SettingsPanel />
            <BackupPanel db={db} api={backup} onRestored={bump} />
          </div>
        )}
      </main>
    </div>
  );
}
