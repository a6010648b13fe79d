/**
 * The user-facing text for each clip error: what happened and what to do next. Strings come from
 * the extension's locales (keys `bg_err_*` / `bg_next_*`, listed in /work/notes/BG-STRINGS.md);
 * the English fallback keeps the background useful when a key is missing (and in unit tests).
 */
import type { ClipError, ClipErrorCode } from '../messages';

interface ErrorText {
  message: string;
  nextStep: string;
}

export const ERROR_TEXT_EN: Record<ClipErrorCode, ErrorText> = {
  'no-tab': {
    message: 'There is no page to clip.',
    nextStep: 'Open the page you want to clip and try again.',
  },
  'protected-page': {
    message: 'The browser does not let extensions read this page.',
    nextStep: 'Open a regular web page (http or https) and clip it there.',
  },
  'web-store': {
    message: 'Extension stores do not allow other extensions to read their pages.',
    nextStep: 'Clip the page from another site; store pages cannot be clipped.',
  },
  'view-source': {
    message: 'A view-source page cannot be clipped.',
    nextStep: 'Open the page itself (without view-source:) and clip it.',
  },
  'pdf-viewer': {
    message: 'This is the PDF viewer, not a web page.',
    nextStep: 'Download the PDF instead, or clip the web page that links to it.',
  },
  'file-access': {
    message: 'The extension is not allowed to read local files.',
    nextStep:
      'Turn on "Allow access to file URLs" for Seed Clipper on the extensions page, then reload the file.',
  },
  'page-loading': {
    message: 'The page is still loading.',
    nextStep: 'Wait until the page has finished loading, then clip again.',
  },
  'no-selection': {
    message: 'Nothing is selected on the page.',
    nextStep: 'Select the text you want to keep, then choose "Clip selection" again.',
  },
  'no-article': {
    message: 'No article was found on this page.',
    nextStep: 'Clip the whole page anyway, or select the text you want and clip the selection.',
  },
  'too-large': {
    message: 'This page is too large to clip: reading all of it would take too long.',
    nextStep: 'Select the article text and use "Clip selection".',
  },
  'navigated-away': {
    message: 'The page changed while it was being clipped; nothing was saved.',
    nextStep: 'Wait for the new page to load and clip again.',
  },
  'injection-failed': {
    message: 'The extension could not run on this page.',
    nextStep:
      'Reload the page and clip again from the toolbar button, the context menu or Alt+Shift+S.',
  },
  'invalid-result': {
    message: 'The page returned something that is not a clip; nothing was saved.',
    nextStep: 'Reload the page and try again.',
  },
  timeout: {
    message: 'The page took too long to clip.',
    nextStep: 'Select the article text and use "Clip selection", which reads less of the page.',
  },
  quota: {
    message: 'The browser has no room left to store this clip; nothing was saved.',
    nextStep: 'Free disk space, or export and delete old clips, then clip again.',
  },
  'storage-failed': {
    message: 'The clip could not be saved; nothing was stored.',
    nextStep: 'Try again. If it keeps failing, export your collection and reload the extension.',
  },
  unknown: {
    message: 'Something went wrong while clipping.',
    nextStep: 'Reload the page and try again.',
  },
};

/** `bg_err_no_article` style key: i18n keys allow only letters, digits and underscores. */
export function errorMessageKey(code: ClipErrorCode, part: 'err' | 'next'): string {
  return `bg_${part}_${code.replace(/-/g, '_')}`;
}

/** browser.i18n.getMessage, or '' when the key is missing or the API is unavailable. */
export function localized(key: string): string {
  try {
    // Typed by @wxt-dev/i18n for the keys already in locales/; ours may not be there yet.
    const i18nApi = browser.i18n as unknown as { getMessage(key: string): unknown };
    const text = i18nApi.getMessage(key);
    return typeof text === 'string' ? text : '';
  } catch {
    return '';
  }
}

export function clipError(code: ClipErrorCode): ClipError {
  const fallback = ERROR_TEXT_EN[code];
  const error: ClipError = {
    code,
    message: localized(errorMessageKey(code, 'err')) || fallback.message,
    nextStep: localized(errorMessageKey(code, 'next')) || fallback.nextStep,
  };
  if (code === 'no-article') error.canClipWholePage = true;
  return error;
}

export const STATUS_TEXT_EN = {
  bg_status_clipped: 'Clipped',
  bg_status_updated: 'Updated the existing clip of this page',
  bg_menu_clip_page: 'Clip page',
  bg_menu_clip_selection: 'Clip selection',
} as const;

export function statusText(key: keyof typeof STATUS_TEXT_EN): string {
  return localized(key) || STATUS_TEXT_EN[key];
}
