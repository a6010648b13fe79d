import { compactLength } from '../dom';
import { rootLines } from '../line-cache';
import { removeSection } from '../section';
import type { CleanRule } from '../types';
import { withTraditional } from '../zh-variants';

const KEYWORD_LIST = withTraditional(/^(?:更多关于|(?:关键词|关键字|标签|tags?)\s*[:：])/i);

/** Removes "更多关于 X Y 的新闻" keyword link blocks and "关键词：" tag lines, with their lists. */
export const removeKeywordLists: CleanRule = {
  name: 'remove-keyword-lists',
  apply(root, context) {
    let changed = false;
    for (const line of rootLines(root, context)) {
      if (compactLength(line.text) > 80 || !KEYWORD_LIST.test(line.text)) continue;
      if (!root.contains(line.container) && line.container !== root) continue;
      removeSection(line, root);
      changed = true;
    }
    return changed;
  },
};
