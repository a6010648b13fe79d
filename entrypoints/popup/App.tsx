import { i18n } from '#i18n';
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { ClipButton } from '@/components/ClipButton';
import { Collection } from '@/components/Collection';
import { StorageWarning } from '@/components/StorageWarning';
import { requestPersistentStorage } from '@/utils/settings';

export interface PopupAppProps {
  /** Set when the popup page is opened as a tab (`popup.html?tabId=N`, e2e): the tab to clip. */
  tabId?: number;
}

/** The toolbar popup: clip button + status, and the collection (list, search, preview). */
export function App({ tabId }: PopupAppProps) {
  const [version, setVersion] = useState(0);
  const [openRequest, setOpenRequest] = useState<{ id: string } | null>(null);

  useEffect(() => {
    void requestPersistentStorage();
  }, []);

  function openFullView() {
    void browser.tabs.create({ url: browser.runtime.getURL('/collection.html') });
    // A real popup closes itself; popup.html opened as a tab (?tabId=, e2e) stays open.
    if (tabId === undefined) window.close();
  }

  return (
    <div class="popup">
      <header class="app-header">
        <h1 class="app-title">{i18n.t('extName')}</h1>
        <button type="button" data-testid="open-full-view" onClick={openFullView}>
          {i18n.t('ui_open_full_view')}
        </button>
      </header>
      <StorageWarning />
      <ClipButton
        tabId={tabId}
        onClipped={() => setVersion((value) => value + 1)}
        onShow={(id) => setOpenRequest({ id })}
      />
      <Collection layout="popup" version={version} openRequest={openRequest} />
    </div>
  );
}
