import { i18n } from '#i18n';
import type { Ref } from 'preact';
import type { Facets } from '@/utils/ui/collection-store';

export interface SearchBarProps {
  search: string;
  site: string;
  category: string;
  facets: Facets;
  inputRef?: Ref<HTMLInputElement>;
  onSearch(value: string): void;
  onSite(value: string): void;
  onCategory(value: string): void;
}

/** The search box (title and body; Chinese and Latin) and the site/category filters. */
export function SearchBar(props: SearchBarProps) {
  const { facets } = props;
  return (
    <div class="search-bar" role="search">
      <input
        ref={props.inputRef}
        type="search"
        class="search-input"
        value={props.search}
        placeholder={i18n.t('ui_search_placeholder')}
        aria-label={i18n.t('ui_search_label')}
        aria-keyshortcuts="/"
        data-testid="search-input"
        onInput={(event) => {
          // While an IME composes (pinyin → 汉字) the text is not the query yet.
          if ((event as InputEvent).isComposing) return;
          props.onSearch((event.currentTarget as HTMLInputElement).value);
        }}
        onCompositionEnd={(event) =>
          props.onSearch((event.currentTarget as HTMLInputElement).value)
        }
      />
      <select
        class="filter"
        value={props.site}
        aria-label={i18n.t('ui_filter_site')}
        data-testid="site-filter"
        onChange={(event) => props.onSite((event.currentTarget as HTMLSelectElement).value)}
      >
        <option value="">{i18n.t('ui_filter_all_sites')}</option>
        {facets.sites.map((site) => (
          <option key={site} value={site}>
            {site}
          </option>
        ))}
      </select>
      <select
        class="filter"
        value={props.category}
        aria-label={i18n.t('ui_filter_category')}
        data-testid="category-filter"
        onChange={(event) => props.onCategory((event.currentTarget as HTMLSelectElement).value)}
      >
        <option value="">{i18n.t('ui_filter_all_categories')}</option>
        {facets.categories.map((category) => (
          <option key={category} value={category}>
            {category}
          </option>
        ))}
      </select>
    </div>
  );
}
