import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { setBadge } from '@/utils/background/badge';
import {
  COMMAND_CLIP_PAGE,
  createContextMenus,
  MENU_CLIP_PAGE,
  MENU_CLIP_SELECTION,
  onCommand,
  onContextMenuClick,
} from '@/utils/background/menus';
import type { Browser } from 'wxt/browser';

beforeEach(() => fakeBrowser.reset());

describe('context menus', () => {
  it('creates "Clip page" and "Clip selection" (selection context only)', async () => {
    const created: Browser.contextMenus.CreateProperties[] = [];
    fakeBrowser.contextMenus.removeAll = vi.fn(async () => undefined);
    fakeBrowser.contextMenus.create = vi.fn((props: Browser.contextMenus.CreateProperties) => {
      created.push(props);
      return props.id ?? '';
    }) as typeof fakeBrowser.contextMenus.create;
    await createContextMenus();
    expect(created.map((item) => [item.id, item.title])).toEqual([
      [MENU_CLIP_PAGE, 'Clip page'],
      [MENU_CLIP_SELECTION, 'Clip selection'],
    ]);
    expect(created[1]?.contexts).toEqual(['selection']);
  });

  it('routes clicks to clipTab with the right options', () => {
    const clipTab = vi.fn(async () => undefined);
    const onClick = onContextMenuClick(clipTab);
    const tab = { id: 5 } as Browser.tabs.Tab;
    onClick({ menuItemId: MENU_CLIP_PAGE } as Browser.contextMenus.OnClickData, tab);
    onClick({ menuItemId: MENU_CLIP_SELECTION } as Browser.contextMenus.OnClickData, tab);
    onClick({ menuItemId: 'other' } as Browser.contextMenus.OnClickData, tab);
    onClick({ menuItemId: MENU_CLIP_PAGE } as Browser.contextMenus.OnClickData, undefined);
    expect(clipTab.mock.calls).toEqual([
      [5, {}],
      [5, { selectionOnly: true }],
    ]);
  });
});

describe('keyboard command', () => {
  it('clips the given tab, or the active one', async () => {
    const clipTab = vi.fn(async () => undefined);
    const handler = onCommand(clipTab, async () => 9);
    await handler(COMMAND_CLIP_PAGE, { id: 3 } as Browser.tabs.Tab);
    await handler(COMMAND_CLIP_PAGE);
    await handler('something-else');
    expect(clipTab.mock.calls).toEqual([
      [3, {}],
      [9, {}],
    ]);
  });
});

describe('badge', () => {
  it('shows ✓ on success and ! on failure, per tab', async () => {
    await setBadge(4, 'done');
    await setBadge(6, 'error');
    expect(await fakeBrowser.action.getBadgeText({ tabId: 4 })).toBe('✓');
    expect(await fakeBrowser.action.getBadgeText({ tabId: 6 })).toBe('!');
    expect(await fakeBrowser.action.getBadgeBackgroundColor({ tabId: 6 })).toEqual([
      0xb9, 0x1c, 0x1c, 255,
    ]);
  });
});
