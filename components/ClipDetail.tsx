/**
 * One clip: its preview (Markdown → HTML → DOMPurify, loaded lazily), the edit form (title,
 * categories, author, date → updateClip), copy Markdown, open the page, delete (undo is the
 * caller's toast).
 */
import { i18n } from '#i18n';
import type { ComponentType } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { StoredClip } from '@/utils/db/types';
import { describeError } from '@/utils/ui/errors';
import {
  formatShortDate,
  fromDateInputValue,
  parseCategoriesInput,
  toDateInputValue,
} from '@/utils/ui/format';
import { FlagBadges } from './FlagBadges';
import type { MarkdownPreviewProps } from './MarkdownPreview';
import { useStore } from './store-context';

let previewModule: Promise<ComponentType<MarkdownPreviewProps>> | undefined;

/** marked + DOMPurify are only needed once a clip is opened: a separate chunk. */
function loadPreview(): Promise<ComponentType<MarkdownPreviewProps>> {
  previewModule ??= import('./MarkdownPreview').then((module) => module.MarkdownPreview);
  return previewModule;
}

export interface ClipDetailProps {
  clipId: string;
  /** Popup: back to the list. */
  onBack?(): void;
  onDelete(clip: StoredClip): void;
  /** After a successful save (the list reloads). */
  onSaved(): void;
  /** Error and info notices go to the page's toast. */
  onNotice(message: string, kind: 'info' | 'error'): void;
  /** Move keyboard focus here once loaded (popup: the list it replaces is hidden). */
  focusOnOpen?: boolean;
}

interface FormState {
  title: string;
  categories: string;
  author: string;
  date: string;
}

function formFromClip(clip: StoredClip): FormState {
  return {
    title: clip.title,
    categories: clip.categories.join(', '),
    author: clip.author,
    date: toDateInputValue(clip.publishedAt),
  };
}

export function ClipDetail(props: ClipDetailProps) {
  const { clipId, onBack, onDelete, onSaved, onNotice, focusOnOpen } = props;
  const store = useStore();
  const section = useRef<HTMLElement>(null);
  const [clip, setClip] = useState<StoredClip | null | undefined>(undefined);
  const [form, setForm] = useState<FormState | null>(null);
  const [saving, setSaving] = useState(false);
  const [Preview, setPreview] = useState<ComponentType<MarkdownPreviewProps> | null>(null);
  const [previewError, setPreviewError] = useState('');

  useEffect(() => {
    let live = true;
    setClip(undefined);
    store
      .get(clipId)
      .then((loaded) => {
        if (!live) return;
        setClip(loaded ?? null);
        setForm(loaded ? formFromClip(loaded) : null);
      })
      .catch((error: unknown) => live && onNotice(describeError(error), 'error'));
    return () => {
      live = false;
    };
  }, [store, clipId]);

  useEffect(() => {
    let live = true;
    loadPreview()
      .then((component) => live && setPreview(() => component))
      .catch((error: unknown) => live && setPreviewError(describeError(error)));
    return () => {
      live = false;
    };
  }, []);

  const loaded = clip !== undefined && clip !== null;
  useEffect(() => {
    if (loaded && focusOnOpen) section.current?.focus();
  }, [loaded, focusOnOpen]);

  if (clip === undefined) {
    return (
      <section class="detail" aria-busy="true">
        <p class="muted">{i18n.t('ui_loading')}</p>
      </section>
    );
  }
  if (clip === null || !form) {
    return (
      <section class="detail">
        {onBack ? <BackButton onBack={onBack} /> : null}
        <p class="muted">{i18n.t('ui_detail_missing')}</p>
      </section>
    );
  }

  const current = clip;
  const dirty = JSON.stringify(form) !== JSON.stringify(formFromClip(current));

  async function save(event: Event) {
    event.preventDefault();
    if (!form) return;
    setSaving(true);
    try {
      await store.update(current.id, {
        title: form.title.trim(),
        categories: parseCategoriesInput(form.categories),
        author: form.author.trim(),
        publishedAt: fromDateInputValue(form.date),
      });
      const reloaded = await store.get(current.id);
      if (reloaded) {
        setClip(reloaded);
        setForm(formFromClip(reloaded));
      }
      onNotice(i18n.t('ui_detail_saved'), 'info');
      onSaved();
    } catch (error) {
      onNotice(describeError(error), 'error');
    } finally {
      setSaving(false);
    }
  }

  async function copyMarkdown() {
    try {
      await navigator.clipboard.writeText(current.markdown || current.text);
      onNotice(i18n.t('ui_detail_copied'), 'info');
    } catch (error) {
      onNotice(i18n.t('ui_detail_copy_failed', [describeError(error)]), 'error');
    }
  }

  const set = (field: keyof FormState) => (event: Event) =>
    setForm({ ...form, [field]: (event.currentTarget as HTMLInputElement).value });

  return (
    <section
      ref={section}
      tabIndex={-1}
      class="detail"
      aria-label={i18n.t('ui_detail_label')}
      data-testid="clip-detail"
    >
      <div class="detail-toolbar">
        {onBack ? <BackButton onBack={onBack} /> : null}
        <button type="button" data-testid="copy-markdown" onClick={copyMarkdown}>
          {i18n.t('ui_detail_copy_markdown')}
        </button>
        <a
          class="button"
          href={/^https?:/i.test(current.url) ? current.url : undefined}
          target="_blank"
          rel="noopener noreferrer"
        >
          {i18n.t('ui_detail_open_page')}
        </a>
        <button
          type="button"
          class="danger"
          data-testid="delete-button"
          onClick={() => onDelete(current)}
        >
          {i18n.t('ui_detail_delete')}
        </button>
      </div>
      <h2 class="detail-title" lang={current.lang || undefined}>
        {current.title || i18n.t('ui_untitled')}
      </h2>
      <p class="row-meta">
        {[current.site, formatShortDate(current.publishedAt ?? current.clippedAt)]
          .filter(Boolean)
          .join(' · ')}
        <FlagBadges flags={current.flags} />
      </p>
      <details class="edit" open={false}>
        <summary>{i18n.t('ui_detail_edit')}</summary>
        <form class="edit-form" onSubmit={save} data-testid="edit-form">
          <label>
            {i18n.t('ui_field_title')}
            <input value={form.title} onInput={set('title')} data-testid="edit-title" required />
          </label>
          <label>
            {i18n.t('ui_field_categories')}
            <input
              value={form.categories}
              onInput={set('categories')}
              aria-describedby="categories-hint"
              data-testid="edit-categories"
            />
            <small id="categories-hint" class="muted">
              {i18n.t('ui_field_categories_hint')}
            </small>
          </label>
          <label>
            {i18n.t('ui_field_author')}
            <input value={form.author} onInput={set('author')} data-testid="edit-author" />
          </label>
          <label>
            {i18n.t('ui_field_date')}
            <input type="date" value={form.date} onInput={set('date')} data-testid="edit-date" />
          </label>
          <button type="submit" class="primary" disabled={!dirty || saving} data-testid="save-edit">
            {saving ? i18n.t('ui_saving') : i18n.t('ui_save')}
          </button>
        </form>
      </details>
      {Preview ? (
        <Preview markdown={current.markdown} html={current.html} lang={current.lang} />
      ) : (
        <p class="muted">{previewError || i18n.t('ui_loading')}</p>
      )}
    </section>
  );
}

function BackButton({ onBack }: { onBack(): void }) {
  return (
    <button type="button" onClick={onBack} data-testid="back-button">
      ← {i18n.t('ui_back')}
    </button>
  );
}
