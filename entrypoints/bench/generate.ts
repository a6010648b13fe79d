/**
 * Generated clips for the benchmark: a clipped corpus page's seed file with its own title, site,
 * categories and date, so 50,000 clips have the realistic bodies of ~40 pages but distinct metadata.
 * Deterministic in `index`.
 */
import type { SeedDocument, SeedFrontMatter } from '@/utils/types';

const SITES = [
  '新华网',
  '人民网',
  '央视新闻',
  '澎湃新闻',
  '财新网',
  '观察者网',
  '证券时报网',
  '环球网',
  '中国新闻网',
  '光明网',
  'The Guardian',
  'BBC News',
  'Reuters',
  'The Atlantic',
  'Ars Technica',
  'NPR',
  'Le Monde',
  'Nature News',
  'Wired',
  'Bloomberg',
];
const CATEGORIES = ['news', '新媒体', '金融', '科技', '国际', '文化', '体育', '社会'];
const SECTIONS = ['要闻', '国内', '国际', '财经', '科技', '文化', 'source', '评论'];
const VARIANTS = ['（一）', '（二）', '（三）', '追踪', '观察', '特写', '解读', '快讯'];
const VARIANTS_EN = [' — update', ' (analysis)', ' (live)', ' (explainer)'];
const THREE_YEARS_MS = 3 * 365 * 86_400_000;

export function generatedSeed(
  base: { frontMatter: SeedFrontMatter; body: string },
  index: number,
): { url: string; doc: SeedDocument } {
  const site = SITES[(index * 7) % SITES.length]!;
  const variants = index % 3 === 0 ? VARIANTS_EN : VARIANTS;
  // A multiplicative hash spreads the dates over three years without sorting them by index.
  const time =
    Date.UTC(2022, 0, 1) +
    Math.floor((((index * 2654435761) % 1000003) / 1000003) * THREE_YEARS_MS);
  return {
    url: `https://bench.example/${encodeURIComponent(site)}/${index}`,
    doc: {
      frontMatter: {
        ...base.frontMatter,
        title: `${base.frontMatter.title}${variants[index % variants.length]!} ${index % 997}`,
        categories: [
          CATEGORIES[index % CATEGORIES.length]!,
          site,
          SECTIONS[(index >> 3) % SECTIONS.length]!,
        ],
        author: site,
        date: new Date(time).toUTCString(),
      },
      body: base.body,
    },
  };
}
