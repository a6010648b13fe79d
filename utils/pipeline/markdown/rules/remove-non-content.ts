import type { MarkdownRule } from '../rule';

/** Scripts, styles, form controls and embeds have no Markdown form; their text is not article text. */
export const removeNonContentRule: MarkdownRule = {
  name: 'removeNonContent',
  filter: [
    'script',
    'style',
    'noscript',
    'template',
    'head',
    'title',
    'meta',
    'link',
    'button',
    'input',
    'select',
    'textarea',
    'object',
    'embed',
    'iframe',
    'canvas',
    'svg' as 'template',
    'dialog',
  ],
  replacement: () => '',
};
