import { jsonLdField, type JsonLdObject } from './json-ld';
import { firstMeta, type MetaTags } from './meta-tags';
import { isPlaceholderImageUrl } from './placeholder-image';
import { listOf } from '../prepare/elements';

/**
 * The picture that stands for the article (seed `headimg`/`thumbnail`): og:image and friends when
 * they point at a real image, else the first real image in the cleaned content. Always absolute.
 */
export function extractLeadImage(
  tags: MetaTags,
  jsonLd: JsonLdObject[],
  content: Element,
  pageUrl: string,
): string {
  const declared = [
    firstMeta(tags, ['og:image', 'og:image:url', 'og:image:secure_url']),
    firstMeta(tags, [
      'twitter:image',
      'twitter:image:src',
      'image',
      'thumbnail',
      'msapplication-tileimage',
    ]),
    jsonLdField(jsonLd, 'image', 'url'),
    jsonLdField(jsonLd, 'thumbnailUrl', 'url'),
  ];
  for (const value of declared) {
    const url = absoluteImageUrl(value.split(',')[0] ?? '', pageUrl);
    if (url) return url;
  }
  for (const img of listOf(content.getElementsByTagName('img'))) {
    const url = absoluteImageUrl(img.getAttribute('src') ?? '', pageUrl);
    if (url) return url;
  }
  return '';
}

/** An absolute http(s) URL for a real image, or '' for placeholders, data: URIs and junk. */
export function absoluteImageUrl(value: string, base: string): string {
  const raw = value.trim();
  if (!raw || isPlaceholderImageUrl(raw) || /^data:/i.test(raw)) return '';
  try {
    const url = new URL(raw, base || undefined);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : '';
  } catch {
    return '';
  }
}
