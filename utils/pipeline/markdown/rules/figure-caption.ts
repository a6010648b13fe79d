import { italicLine } from '../italic-line';
import type { MarkdownRule } from '../rule';

/** Private-use markers: the figure rule finds the caption by them and moves it below the image. */
export const CAPTION_START = '\uE000';
export const CAPTION_END = '\uE001';

/** `<figcaption>` → one italic line (inside a figure: handed to the figure rule, see above). */
export const figureCaptionRule: MarkdownRule = {
  name: 'figureCaption',
  filter: 'figcaption',
  replacement: (content, node) => {
    const caption = content.replace(/\s*\n\s*/g, ' ').trim();
    if (!caption) return '';
    const inFigure = node.parentNode?.nodeName === 'FIGURE';
    return inFigure ? `${CAPTION_START}${caption}${CAPTION_END}` : `\n\n${italicLine(caption)}\n\n`;
  },
};
