import { lineRule } from '../line-rule';

/**
 * Breadcrumb lines: 您现在的位置：首页 > 娱乐 > 正文, 当前位置, or any short line with two or
 * more ">"/"»"/"›" separators (Home > News > World).
 */
export const removeBreadcrumbs = lineRule({
  name: 'remove-breadcrumbs',
  pattern:
    /^(?:您(?:现在)?的?(?:当前)?位置|当前位置|所在位置|现在位置|位置)\s*[:：]|^[^。！？.!?]*(?:[>»›＞]|&gt;|→)[^。！？!?]*(?:[>»›＞]|&gt;|→)[^。！？!?]*$/,
  maxLength: 60,
  zone: 'edges',
});
