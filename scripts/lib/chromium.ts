/**
 * Launches Debian's Chromium with the built extension loaded, for the e2e tests and the collection
 * benchmark. playwright-core drives the system browser (no browser download); the extension id is
 * read off the background service worker's URL.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** The e2e build (`npm run build:e2e`); E2E_EXTENSION_DIR points elsewhere (e.g. a private copy). */
export function defaultExtensionDir(): string {
  return path.resolve(process.env.E2E_EXTENSION_DIR ?? '.output/chrome-mv3-e2e');
}

export interface ExtensionBrowser {
  context: BrowserContext;
  extensionId: string;
  /** chrome-extension://<id>/ */
  baseUrl: string;
  serviceWorker: Worker;
  /** Opens an extension page (e.g. 'popup.html') as a normal tab. */
  openExtensionPage(pagePath: string, viewport?: { width: number; height: number }): Promise<Page>;
  close(): Promise<void>;
}

export interface LaunchOptions {
  extensionDir?: string;
  /** Window size of new pages; the popup screenshot sets its own. */
  viewport?: { width: number; height: number };
  /** Extra Chromium switches (e.g. a larger JS heap for the benchmark). */
  extraArgs?: string[];
  /** A profile directory to keep (default: a fresh temporary profile, deleted on close). */
  userDataDir?: string;
}

export async function launchExtensionBrowser(
  options: LaunchOptions = {},
): Promise<ExtensionBrowser> {
  const extensionDir = path.resolve(options.extensionDir ?? defaultExtensionDir());
  if (!existsSync(path.join(extensionDir, 'manifest.json'))) {
    throw new Error(`No built extension at ${extensionDir}: run \`npm run build:e2e\` first.`);
  }
  // An empty user-data-dir makes Playwright create (and delete) a fresh temporary profile.
  const context = await chromium.launchPersistentContext(options.userDataDir ?? '', {
    executablePath: CHROMIUM_PATH,
    headless: false, // '--headless=new' below: the old headless mode cannot load extensions
    viewport: options.viewport ?? { width: 1280, height: 900 },
    args: [
      '--headless=new',
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-dev-shm-usage',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--no-default-browser-check',
      ...(options.extraArgs ?? []),
    ],
  });
  try {
    const serviceWorker =
      context.serviceWorkers()[0] ??
      (await context.waitForEvent('serviceworker', { timeout: 30_000 }));
    const match = /^chrome-extension:\/\/([a-p]{32})\//.exec(serviceWorker.url());
    if (!match?.[1]) throw new Error(`Unexpected service worker URL ${serviceWorker.url()}`);
    const extensionId = match[1];
    const baseUrl = `chrome-extension://${extensionId}/`;
    return {
      context,
      extensionId,
      baseUrl,
      serviceWorker,
      async openExtensionPage(pagePath, viewport) {
        const page = await context.newPage();
        if (viewport) await page.setViewportSize(viewport);
        await page.goto(baseUrl + pagePath.replace(/^\//, ''));
        return page;
      },
      close: () => context.close(),
    };
  } catch (error) {
    await context.close();
    throw error;
  }
}
