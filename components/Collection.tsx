/**
 * The collection: search + filters, the virtualized list, and the open clip. The popup shows the
 * list or the clip (narrow); the full view shows both side by side. Deleting (button or Delete
 * key) offers Undo in a toast; `/` focuses the search box from anywhere on the page.
 */
import { i18n } from '#i18n';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { ClipSummary, DeletedClips } from '@/utils/db/types';
import type { Facets } from '@/utils/ui/collection-store';
import { describeError } from '@/utils/ui/errors';
import { useClipRows, useDebounced } from '@/utils/ui/use-clip-rows';
import { ClipDetail } from './ClipDetail';
import { ClipList } from './ClipList';
import { SearchBar } from './SearchBar';
import { useStore } from './store-context';
import { Toast } from './Toast';

export const SEARCH_DEBOUNCE_MS = 200;

export interface CollectionProps {
  layout: 'popup' | 'full';
  /** Bumped by the page when the collection changed elsewhere (a clip finished, an import). */
  version?: number;
  /** Opens this clip (e.g. the one just clipped); a new object opens it again. */
  openRequest?: { id: string } | null;
  checked?: ReadonlySet<string>;
  onToggleChecked?(clip: ClipSummary): void;
  /** Tells the page the collection changed here (edit, delete, undo). */
  onChanged?(): void;
}

interface ToastState {
  message: string;
  kind: 'info' | 'error';
  undo?: DeletedClips;
}

function isTypingTarget(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

export function Collection(props: CollectionProps) {
  const { layout, version: outerVersion = 0 } = props;
  const store = useStore();
  const [searchInput, setSearchInput] = useState('');
  const search = useDebounced(searchInput, SEARCH_DEBOUNCE_MS);
  const [site, setSite] = useState('');
  const [category, setCategory] = useState('');
  const [facets, setFacets] = useState<Facets>({ sites: [], categories: [] });
  const [activeIndex, setActiveIndex] = useState(-1);
  const [openId, setOpenId] = useState<string | null>(props.openRequest?.id ?? null);
  const [localVersion, setLocalVersion] = useState(0);
  const [toast, setToast] = useState<ToastState | null>(null);
  const searchRef = useRef<HTMLInputElement>(null);
  const listRef = useRef<HTMLDivElement>(null);

  const version = outerVersion * 100_000 + localVersion;
  const query = useMemo(() => ({ search, site, category }), [search, site, category]);
  const rows = useClipRows(store, query, version);

  useEffect(() => {
    if (props.openRequest) setOpenId(props.openRequest.id);
  }, [props.openRequest]);

  // The filter menus scan two indexes: only once the list is painted and counted, so opening the
  // popup on 50,000 clips costs what it costs on none.
  const listSettled = rows.counted;
  useEffect(() => {
    if (!listSettled) return;
    let live = true;
    store
      .facets()
      .then((loaded) => live && setFacets(loaded))
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, [store, version, listSettled]);

  // A new query starts at the top.
  useEffect(() => setActiveIndex(-1), [search, site, category]);

  useEffect(() => {
    function onKey(event: KeyboardEvent) {
      if (event.key === '/' && !isTypingTarget(event.target) && !event.ctrlKey && !event.metaKey) {
        event.preventDefault();
        // In the popup the open clip hides the list: go back to it first.
        if (layout === 'popup') setOpenId(null);
        setTimeout(() => searchRef.current?.focus(), 0);
      }
    }
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);

  function changed() {
    setLocalVersion((value) => value + 1);
    props.onChanged?.();
  }

  async function deleteClip(clip: Pick<ClipSummary, 'id' | 'title'>) {
    try {
      const deleted = await store.remove([clip.id]);
      if (openId === clip.id) setOpenId(null);
      setToast({
        message: i18n.t('ui_deleted', [clip.title || i18n.t('ui_untitled')]),
        kind: 'info',
        undo: deleted,
      });
      changed();
    } catch (error) {
      setToast({ message: describeError(error), kind: 'error' });
    }
  }

  async function undo(deleted: DeletedClips) {
    try {
      await store.restore(deleted);
      setToast({ message: i18n.t('ui_restored'), kind: 'info' });
      changed();
    } catch (error) {
      setToast({ message: describeError(error), kind: 'error' });
    }
  }

  function closeDetail() {
    setOpenId(null);
    // Back in the popup: the keyboard user continues in the list.
    setTimeout(() => listRef.current?.querySelector<HTMLElement>('.clip-list')?.focus(), 0);
  }

  const filtering = Boolean(search.trim() || site || category);
  const showList = layout === 'full' || openId === null;
  const rowHeight = layout === 'full' ? 60 : 54;

  return (
    <div class={`collection collection-${layout}`}>
      <div class="list-pane" ref={listRef} hidden={!showList}>
        <SearchBar
          search={searchInput}
          site={site}
          category={category}
          facets={facets}
          inputRef={searchRef}
          onSearch={setSearchInput}
          onSite={setSite}
          onCategory={setCategory}
        />
        <p class="list-status muted" aria-live="polite" data-testid="list-status">
          {rows.error
            ? describeError(rows.error)
            : rows.total === null
              ? i18n.t('ui_loading')
              : !rows.counted
                ? ''
                : rows.total === 0
                  ? filtering
                    ? i18n.t('ui_list_no_match')
                    : i18n.t('ui_list_empty')
                  : i18n.t('ui_list_count', rows.total)}
        </p>
        <ClipList
          rows={rows}
          rowHeight={rowHeight}
          activeIndex={activeIndex}
          openId={openId}
          checked={props.checked}
          onToggleChecked={props.onToggleChecked}
          onActiveChange={setActiveIndex}
          onOpen={(clip) => setOpenId(clip.id)}
          onDelete={(clip) => void deleteClip(clip)}
          fallbackHeight={layout === 'full' ? 640 : 380}
        />
      </div>
      {openId !== null ? (
        <div
          class="detail-pane"
          onKeyDown={(event) => event.key === 'Escape' && layout === 'popup' && closeDetail()}
        >
          <ClipDetail
            key={openId}
            clipId={openId}
            onBack={layout === 'popup' ? closeDetail : undefined}
            onDelete={(clip) => void deleteClip(clip)}
            onSaved={changed}
            onNotice={(message, kind) => setToast({ message, kind })}
            focusOnOpen={layout === 'popup'}
          />
        </div>
      ) : layout === 'full' ? (
        <div class="detail-pane empty muted">{i18n.t('ui_detail_none')}</div>
      ) : null}
      {toast ? (
        <Toast
          message={toast.message}
          kind={toast.kind}
          onUndo={toast.undo ? () => void undo(toast.undo!) : undefined}
          onDismiss={() => setToast(null)}
        />
      ) : null}
    </div>
  );
}
