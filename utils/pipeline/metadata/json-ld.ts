import { listOf } from '../prepare/elements';

/**
 * Schema.org JSON-LD blocks, flattened to a list of objects (`@graph` members and nested
 * `mainEntity` included). Article-like objects come first so a page's `WebSite` or `Organization`
 * block cannot shadow the article's own fields. Broken JSON is skipped, never thrown.
 */
export type JsonLdObject = Record<string, unknown>;

const ARTICLE_TYPE = /Article|BlogPosting|Report|NewsArticle|Posting/i;

export function readJsonLd(doc: Document): JsonLdObject[] {
  return jsonLdOf(listOf(doc.getElementsByTagName('script')));
}

/** readJsonLd from the page's `<script>` elements in document order (readPageFacts lists them). */
export function jsonLdOf(scripts: readonly Element[]): JsonLdObject[] {
  const found: JsonLdObject[] = [];
  for (const script of scripts) {
    if (!/ld\+json/i.test(script.getAttribute('type') ?? '')) continue;
    const text = (script.textContent ?? '').trim();
    if (!text) continue;
    try {
      collect(JSON.parse(text.replace(/^<!--|-->$/g, '')) as unknown, found, 0);
    } catch {
      // Invalid JSON-LD is common (trailing commas, raw newlines); the other sources still apply.
    }
  }
  const isArticle = (o: JsonLdObject): boolean => ARTICLE_TYPE.test(String(o['@type'] ?? ''));
  return [...found.filter(isArticle), ...found.filter((o) => !isArticle(o))];
}

function collect(value: unknown, out: JsonLdObject[], depth: number): void {
  if (depth > 4 || value === null || typeof value !== 'object') return;
  if (Array.isArray(value)) {
    for (const item of value) collect(item, out, depth + 1);
    return;
  }
  const obj = value as JsonLdObject;
  out.push(obj);
  collect(obj['@graph'], out, depth + 1);
  collect(obj.mainEntity, out, depth + 1);
  collect(obj.mainEntityOfPage, out, depth + 1);
}

/** A field as text: strings as they are, `{ name }` / `{ url }` objects and arrays reduced to text. */
export function jsonLdText(value: unknown, key: 'name' | 'url' = 'name'): string {
  if (typeof value === 'string') return value.trim();
  if (typeof value === 'number') return String(value);
  if (Array.isArray(value)) {
    return value
      .map((v) => jsonLdText(v, key))
      .filter(Boolean)
      .join(', ');
  }
  if (value && typeof value === 'object') return jsonLdText((value as JsonLdObject)[key], key);
  return '';
}

/** The first non-empty value of `field` across the page's JSON-LD objects. */
export function jsonLdField(
  objects: JsonLdObject[],
  field: string,
  key: 'name' | 'url' = 'name',
): string {
  for (const obj of objects) {
    const text = jsonLdText(obj[field], key);
    if (text) return text;
  }
  return '';
}
