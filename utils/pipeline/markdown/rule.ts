import type TurndownService from 'turndown';

/** One Turndown rule: a name (the key it is registered under) and Turndown's filter + replacement. */
export interface MarkdownRule {
  name: string;
  filter: TurndownService.Filter;
  replacement: (content: string, node: HTMLElement, options: TurndownService.Options) => string;
}
