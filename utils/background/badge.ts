/** Toolbar badge per tab: … while clipping, ✓ on success, ! on failure. */
import type { BadgeState } from '../clip-tab/clip-tab';

const BADGES: Record<BadgeState, { text: string; color: string }> = {
  running: { text: '…', color: '#6b7280' },
  done: { text: '✓', color: '#15803d' },
  error: { text: '!', color: '#b91c1c' },
};

export async function setBadge(tabId: number, state: BadgeState): Promise<void> {
  const badge = BADGES[state];
  // Firefox MV2 builds would expose browserAction; every build here is MV3, so `action` exists.
  await browser.action.setBadgeBackgroundColor({ tabId, color: badge.color });
  await browser.action.setBadgeText({ tabId, text: badge.text });
}
