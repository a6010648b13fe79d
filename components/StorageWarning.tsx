/**
 * Says so when the collection cannot be stored here, instead of losing clips silently: IndexedDB
 * refused to open (Firefox private windows may have no IndexedDB for extensions, a broken
 * profile, storage disabled), or this page runs in a private window, where Firefox gives extension
 * pages a separate, in-memory database that is thrown away with the window.
 */
import { i18n } from '#i18n';
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { describeError } from '@/utils/ui/errors';
import { useStore } from './store-context';

function inPrivateWindow(): boolean {
  try {
    return browser.extension?.inIncognitoContext === true;
  } catch {
    return false;
  }
}

export function StorageWarning() {
  const store = useStore();
  const [failure, setFailure] = useState('');
  const [privateWindow] = useState(inPrivateWindow);

  useEffect(() => {
    let live = true;
    if (typeof indexedDB === 'undefined') {
      setFailure(i18n.t('ui_storage_no_indexeddb'));
      return;
    }
    store.ready().catch((error: unknown) => live && setFailure(describeError(error)));
    return () => {
      live = false;
    };
  }, [store]);

  if (!failure && !privateWindow) return null;
  return (
    <div class="banner banner-warning" role="alert" data-testid="storage-warning">
      {failure ? (
        <>
          <p>
            <strong>{i18n.t('ui_storage_unavailable')}</strong> {failure}
          </p>
          <p>{i18n.t('ui_storage_unavailable_next')}</p>
        </>
      ) : (
        <>
          <p>
            <strong>{i18n.t('ui_storage_private')}</strong>
          </p>
          <p>{i18n.t('ui_storage_private_next')}</p>
        </>
      )}
    </div>
  );
}
