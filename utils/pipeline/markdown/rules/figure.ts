import { italicLine } from '../italic-line';
import type { MarkdownRule } from '../rule';
import { CAPTION_END, CAPTION_START } from './figure-caption';

/**
 * `<figure>` → its picture, then its caption on the next line — wherever the page put the
 * `<figcaption>` (some put it first). The caption rule marks its text so it can be moved here.
 */
export const figureRule: MarkdownRule = {
  name: 'figure',
  filter: 'figure',
  replacement: (content) => {
    const captions: string[] = [];
    const pattern = new RegExp(`${CAPTION_START}([\\s\\S]*?)${CAPTION_END}`, 'g');
    const body = content.replace(pattern, (_m, caption: string) => {
      captions.push(caption);
      return '';
    });
    const parts = [body.trim(), ...captions.map(italicLine)].filter(Boolean);
    return parts.length ? `\n\n${parts.join('\n\n')}\n\n` : '';
  },
};
