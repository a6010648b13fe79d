import { compactLength, linkDensity, textOf } from '../dom';
import { proseLength } from '../lines';
import { closestTag } from '../closest-tag';
import { forEachElement } from '../../prepare/elements';
import type { CleanRule } from '../types';

const HEADING_OR_CODE = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'pre', 'code']);

/**
 * Class/id name tokens of boxes that are never the article: sharing, comments, recommendations,
 * related news, ads, rankings. English and the pinyin Chinese sites use (xgxw = 相关新闻,
 * tuijian = 推荐, pinglun = 评论, paihang = 排行, guanggao = 广告, fenxiang = 分享).
 */
const BOILERPLATE_TOKEN =
  /^(?:share|sharing|sharebar|share-?box|social|comments?|comment-?(?:box|list|area|form)|reply|replies|recommend(?:ed|ation)?s?|related|relate|xgxw|xgwz|xgyd|tuijian|tj|pinglun|pl|paihang|rank(?:ing)?|hot-?news|hotnews|ads?|advert(?:isement)?s?|adv|guanggao|gg|sponsor(?:ed)?|promo|banner|breadcrumbs?|crumbs?|weizhi|location|position|fenxiang|bdshare|jiathis|login|signin|subscribe|newsletter|toolbar|tools|print|footer|copyright|disclaimer|shengming|pager|pagination|more-?news|tags?-?list|keywords?)$/i;

/** Whole class names of side columns (not split tokens: "text-right" must not match). */
const SIDE_COLUMN =
  /^(?:right|rightbar|right_?col|col_?right|right_?side|side|sidebar|aside|blockr|box_?r|r_?box)$/i;

/** Distinctive fragments matched anywhere in a class/id name (recNews, news_relate_list, bdshare_t). */
const BOILERPLATE_FRAGMENT =
  /recommend|related|relnews|recnews|xgxw|hotnews|paihang|guanggao|advert|sharebar|bdshare|jiathis|comment_?list|commentbox/i;

/**
 * Class lists of generated names (CSS-in-JS: class="gc gd dg ay ax ge") are hashes, not words: a
 * two-letter hash can spell gg or tj by chance, so such a list says nothing about the box.
 */
function isGeneratedClassList(classes: string[]): boolean {
  return classes.filter((name) => name.length <= 3).length >= 4;
}

/**
 * An id made of capitalised words (Mozilla_Location_Service, a wiki heading anchor) is a slug of
 * the heading's text, not a widget name.
 */
function isTitleSlug(id: string): boolean {
  return /^[A-Z0-9][^_\s-]*(?:[_-][A-Z0-9][^_\s-]*)+$/.test(id);
}

function names(el: Element): string[] {
  const classes = (el.getAttribute('class') ?? '').split(/\s+/).filter(Boolean);
  const id = el.getAttribute('id') ?? '';
  return [...(isGeneratedClassList(classes) ? [] : classes), isTitleSlug(id) ? '' : id].filter(
    Boolean,
  );
}

function isBoilerplateName(el: Element): boolean {
  // A heading is the article's own structure; its anchor id or styling class is not a box name.
  // Inside code, classes are syntax highlighting (<span class="token comment">), not boxes.
  if (closestTag(el, HEADING_OR_CODE)) return false;
  const boxNames = names(el);
  return (
    tokens(el).some((token) => BOILERPLATE_TOKEN.test(token)) ||
    boxNames.some((name) => SIDE_COLUMN.test(name) || BOILERPLATE_FRAGMENT.test(name))
  );
}

function tokens(el: Element): string[] {
  // A long slug (id="sharing-with-a-single-developer", a heading anchor) is prose, not a widget name.
  return names(el).flatMap((name) => {
    const parts = name.split(/[_-]+/).filter(Boolean);
    return parts.length <= 3 ? [name, ...parts] : [];
  });
}

/**
 * Removes boxes whose class/id says they are boilerplate — unless the box holds a large part of the
 * article's text and at least a third of its prose (a site that names its article wrapper "comment-text" must not lose the article).
 */
export const removeBoilerplateBoxes: CleanRule = {
  name: 'remove-boilerplate-boxes',
  apply(root) {
    const total = compactLength(textOf(root));
    let totalProse = -1; // computed on first need: it walks the whole article
    // = querySelectorAll('[class], [id]'), by a TreeWalker instead of the selector engine.
    const named: Element[] = [];
    forEachElement(root, (el) => {
      if (el.hasAttribute('class') || el.hasAttribute('id')) named.push(el);
    });
    for (const el of named) {
      if (!root.contains(el) || el === root) continue;
      if (!isBoilerplateName(el)) continue;
      const length = compactLength(textOf(el));
      const small = length < total * 0.25 || (length < total * 0.5 && linkDensity(el) > 0.5);
      // A big box (a side column Readability took along with a short article) still goes when the
      // rest of the article holds clearly more prose than it does.
      if (small) {
        el.remove();
        continue;
      }
      if (totalProse < 0) totalProse = proseLength(root);
      const prose = proseLength(el);
      if (totalProse - prose >= 100 && prose < (totalProse - prose) * 0.5) el.remove();
    }
  },
};
