/** Context-menu items and the keyboard command, both ending in clipTab. */
import type { Browser } from 'wxt/browser';
import type { ClipTabOptions } from '../clip-tab/clip-tab';
import { statusText } from '../clip-tab/errors';

export const MENU_CLIP_PAGE = 'seed-clipper-clip-page';
export const MENU_CLIP_SELECTION = 'seed-clipper-clip-selection';
export const COMMAND_CLIP_PAGE = 'clip-page';

type ClipTab = (tabId: number, options: ClipTabOptions) => Promise<unknown>;

/** Menus persist across service-worker restarts; create them on install/update only. */
export async function createContextMenus(): Promise<void> {
  await browser.contextMenus.removeAll();
  browser.contextMenus.create({
    id: MENU_CLIP_PAGE,
    title: statusText('bg_menu_clip_page'),
    contexts: ['page', 'frame', 'link', 'image'],
  });
  browser.contextMenus.create({
    id: MENU_CLIP_SELECTION,
    title: statusText('bg_menu_clip_selection'),
    contexts: ['selection'],
  });
}

export function onContextMenuClick(clipTab: ClipTab) {
  return (info: Browser.contextMenus.OnClickData, tab?: Browser.tabs.Tab): void => {
    if (tab?.id === undefined || tab.id < 0) return;
    if (info.menuItemId === MENU_CLIP_PAGE) void clipTab(tab.id, {});
    if (info.menuItemId === MENU_CLIP_SELECTION) void clipTab(tab.id, { selectionOnly: true });
  };
}

export function onCommand(clipTab: ClipTab, activeTabId: () => Promise<number | undefined>) {
  return async (command: string, tab?: Browser.tabs.Tab): Promise<void> => {
    if (command !== COMMAND_CLIP_PAGE) return;
    const tabId = tab?.id ?? (await activeTabId());
    if (tabId !== undefined) await clipTab(tabId, {});
  };
}
