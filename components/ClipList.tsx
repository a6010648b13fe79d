/**
 * The collection as a virtualized list: fixed row height, only the rows in the window are in the
 * DOM, and rows are fetched page by page (summary fields only). One tab stop; the arrow keys,
 * PageUp/PageDown, Home/End move the active row (aria-activedescendant), Enter opens it, Delete
 * deletes it (the caller offers Undo), Space toggles its checkbox when the list has selection.
 */
import { i18n } from '#i18n';
import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { ClipSummary } from '@/utils/db/types';
import { formatShortDate } from '@/utils/ui/format';
import type { ClipRows } from '@/utils/ui/use-clip-rows';
import { nextActiveIndex, scrollToReveal, visibleRows } from '@/utils/ui/virtual';
import { FlagBadges } from './FlagBadges';

export interface ClipListProps {
  rows: ClipRows;
  rowHeight: number;
  activeIndex: number;
  /** The clip shown in the preview (highlighted). */
  openId: string | null;
  onActiveChange(index: number): void;
  onOpen(clip: ClipSummary, index: number): void;
  onDelete(clip: ClipSummary, index: number): void;
  /** Checked clips (full view: export selected). Absent → no checkboxes. */
  checked?: ReadonlySet<string>;
  onToggleChecked?(clip: ClipSummary): void;
  /** Used when the element has no layout yet (jsdom, first frame). */
  fallbackHeight?: number;
}

export function ClipList(props: ClipListProps) {
  const { rows, rowHeight, activeIndex, openId, checked, fallbackHeight = 480 } = props;
  const viewport = useRef<HTMLDivElement>(null);
  const [scrollTop, setScrollTop] = useState(0);
  const [height, setHeight] = useState(0);
  const total = rows.total ?? 0;

  useLayoutEffect(() => {
    const element = viewport.current;
    if (!element) return;
    setHeight(element.clientHeight);
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(() => setHeight(element.clientHeight));
    observer.observe(element);
    return () => observer.disconnect();
  }, []);

  const viewportHeight = height > 0 ? height : fallbackHeight;
  const range = visibleRows(scrollTop, viewportHeight, rowHeight, total);

  useEffect(() => {
    rows.ensure(range.start, range.end);
  }, [rows, range.start, range.end]);

  // Keep the active row visible when the keyboard moves it.
  useEffect(() => {
    const element = viewport.current;
    if (!element || activeIndex < 0) return;
    const target = scrollToReveal(activeIndex, element.scrollTop, viewportHeight, rowHeight);
    if (target !== null) {
      element.scrollTop = target;
      setScrollTop(target);
    }
  }, [activeIndex, viewportHeight, rowHeight]);

  function onKeyDown(event: KeyboardEvent) {
    const pageSize = Math.max(1, Math.floor(viewportHeight / rowHeight) - 1);
    const next = nextActiveIndex(event.key, activeIndex, total, pageSize);
    if (next !== null) {
      event.preventDefault();
      props.onActiveChange(next);
      return;
    }
    const clip = activeIndex >= 0 ? rows.row(activeIndex) : undefined;
    if (!clip) return;
    if (event.key === 'Enter') {
      event.preventDefault();
      props.onOpen(clip, activeIndex);
    } else if (event.key === 'Delete') {
      event.preventDefault();
      props.onDelete(clip, activeIndex);
    } else if (event.key === ' ' && props.onToggleChecked) {
      event.preventDefault();
      props.onToggleChecked(clip);
    }
  }

  const items = [];
  for (let index = range.start; index < range.end; index += 1) {
    const clip = rows.row(index);
    const top = index * rowHeight;
    if (!clip) {
      items.push(
        <div
          key={`pending-${index}`}
          class="clip-row pending"
          style={{ top: `${top}px`, height: `${rowHeight}px` }}
          aria-hidden="true"
        />,
      );
      continue;
    }
    const date = formatShortDate(clip.publishedAt ?? clip.clippedAt);
    const isActive = index === activeIndex;
    items.push(
      <div
        key={clip.id}
        id={`clip-row-${index}`}
        role="option"
        aria-selected={isActive}
        aria-posinset={index + 1}
        aria-setsize={rows.counted ? total : -1}
        class={`clip-row${isActive ? ' active' : ''}${clip.id === openId ? ' open' : ''}`}
        style={{ top: `${top}px`, height: `${rowHeight}px` }}
        data-testid="clip-row"
        data-clip-id={clip.id}
        onClick={() => {
          props.onActiveChange(index);
          props.onOpen(clip, index);
        }}
      >
        {checked && props.onToggleChecked ? (
          <input
            type="checkbox"
            class="row-check"
            tabIndex={-1}
            checked={checked.has(clip.id)}
            aria-label={i18n.t('ui_list_select_clip')}
            onClick={(event) => event.stopPropagation()}
            onChange={() => props.onToggleChecked?.(clip)}
          />
        ) : null}
        <div class="row-text">
          <div class="row-title" lang={clip.lang || undefined}>
            {clip.title || i18n.t('ui_untitled')}
          </div>
          <div class="row-meta">
            {[clip.site, date].filter(Boolean).join(' · ')}
            <FlagBadges flags={clip.flags} />
          </div>
        </div>
      </div>,
    );
  }

  return (
    <div
      ref={viewport}
      class="clip-list"
      role="listbox"
      tabIndex={0}
      aria-label={i18n.t('ui_list_label')}
      aria-activedescendant={
        activeIndex >= 0 && rows.row(activeIndex) ? `clip-row-${activeIndex}` : undefined
      }
      data-testid="clip-list"
      data-total={rows.counted ? (rows.total ?? undefined) : undefined}
      onKeyDown={onKeyDown}
      onScroll={(event) => setScrollTop((event.currentTarget as HTMLDivElement).scrollTop)}
    >
      <div class="clip-list-inner" style={{ height: `${total * rowHeight}px` }}>
        {items}
      </div>
    </div>
  );
}
