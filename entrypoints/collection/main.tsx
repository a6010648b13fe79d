import { i18n } from '#i18n';
import { render } from 'preact';
import { StoreContext } from '@/components/store-context';
import { getDb } from '@/utils/db/instance';
import { createCollectionStore } from '@/utils/ui/db-store';
import { applyDocumentLanguage } from '@/utils/ui/page';
import { App } from './App';
import '@/components/styles.css';

const db = getDb();
applyDocumentLanguage();
document.title = i18n.t('extName');
render(
  <StoreContext.Provider value={createCollectionStore(db)}>
    <App db={db} />
  </StoreContext.Provider>,
  document.getElementById('app')!,
);
