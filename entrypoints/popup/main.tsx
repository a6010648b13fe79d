import { i18n } from '#i18n';
import { render } from 'preact';
import { StoreContext } from '@/components/store-context';
import { getDb } from '@/utils/db/instance';
import { createCollectionStore } from '@/utils/ui/db-store';
import { applyDocumentLanguage, tabIdFromLocation } from '@/utils/ui/page';
import { App } from './App';
import '@/components/styles.css';

applyDocumentLanguage();
document.title = i18n.t('extName');
render(
  <StoreContext.Provider value={createCollectionStore(getDb())}>
    <App tabId={tabIdFromLocation(location.search)} />
  </StoreContext.Provider>,
  document.getElementById('app')!,
);
