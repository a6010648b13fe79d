/**
 * The popup / full view as the tests see them: every selector in one place (data-testid values from
 * components/* and /work/notes/UI-TESTIDS.md), so a renamed test id is a one-line change.
 */
import type { Locator, Page } from 'playwright-core';
import type { E2E } from './extension';

export const TESTID = {
  list: 'clip-list',
  row: 'clip-row',
  search: 'search-input',
  siteFilter: 'site-filter',
  detail: 'clip-detail',
  preview: 'preview',
  back: 'back-button',
  exportZip: 'export-zip-button',
  exportResult: 'export-result',
  importFiles: 'import-file-input',
  importReport: 'import-report',
  importError: 'import-error',
} as const;

export function byTestId(page: Page, id: string): Locator {
  return page.locator(`[data-testid="${id}"]`);
}

/** Opens an extension page (popup.html / collection.html) as a tab and waits for the list. */
export async function openCollectionView(
  e2e: E2E,
  pagePath: 'popup.html' | 'collection.html' = 'popup.html',
  viewport?: { width: number; height: number },
): Promise<Page> {
  const page = await e2e.ext.openExtensionPage(pagePath, viewport);
  await byTestId(page, TESTID.list).waitFor({ state: 'visible', timeout: 15_000 });
  return page;
}

export function rows(page: Page): Locator {
  return byTestId(page, TESTID.row);
}

export function rowById(page: Page, clipId: string): Locator {
  return page.locator(`[data-testid="${TESTID.row}"][data-clip-id="${clipId}"]`);
}

/** The clip ids of the rows currently rendered, in list order. */
export async function visibleClipIds(page: Page): Promise<string[]> {
  return rows(page).evaluateAll((elements) =>
    elements.map((element) => element.getAttribute('data-clip-id') ?? ''),
  );
}

/** Types a query into the search box (the list updates asynchronously: use waitForRows). */
export async function search(page: Page, query: string): Promise<void> {
  await byTestId(page, TESTID.search).fill(query);
}

/** Waits until the list's rows match the predicate (the list updates asynchronously). */
export async function waitForRows(
  page: Page,
  predicate: (ids: string[]) => boolean,
  timeoutMs = 10_000,
): Promise<string[]> {
  const deadline = Date.now() + timeoutMs;
  let ids = await visibleClipIds(page);
  while (!predicate(ids)) {
    if (Date.now() > deadline) {
      throw new Error(`list rows did not reach the expected state; last rows: ${ids.join(', ')}`);
    }
    await page.waitForTimeout(100);
    ids = await visibleClipIds(page);
  }
  return ids;
}

/** Clicks a clip's row and waits for its sanitized preview. */
export async function openPreview(page: Page, clipId: string): Promise<Locator> {
  await rowById(page, clipId).click();
  const preview = byTestId(page, TESTID.preview);
  await preview.waitFor({ state: 'attached', timeout: 10_000 });
  return preview;
}

/** Switches the full view's section (its nav buttons: nav-collection / nav-transfer / nav-settings). */
export async function showSection(
  page: Page,
  section: 'collection' | 'transfer' | 'settings',
): Promise<void> {
  await byTestId(page, `nav-${section}`).click();
  if (section === 'collection') await byTestId(page, TESTID.list).waitFor();
}

/** Clicks "Export as zip" in the full view and returns the downloaded zip's bytes. */
export async function exportZip(page: Page): Promise<Uint8Array> {
  const downloadPromise = page.waitForEvent('download', { timeout: 60_000 });
  await byTestId(page, TESTID.exportZip).click();
  const download = await downloadPromise;
  const stream = await download.createReadStream();
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return new Uint8Array(Buffer.concat(chunks));
}

/** The import report's counts (data-outcome / data-count on each count item). */
export async function importCounts(page: Page): Promise<Record<string, number>> {
  const report = byTestId(page, TESTID.importReport);
  await report.waitFor({ timeout: 60_000 });
  return report
    .locator('[data-outcome][data-count]')
    .evaluateAll((items) =>
      Object.fromEntries(
        items
          .filter((item) => item.localName === 'li')
          .map((item) => [
            item.getAttribute('data-outcome') ?? '',
            Number(item.getAttribute('data-count')),
          ]),
      ),
    );
}
