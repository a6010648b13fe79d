/**
 * The built production manifests ask for the minimum (issue 3, "Manifest and permissions").
 * Reads .output/*; `npm test` builds before the e2e suite, so on a fresh checkout run
 * `npm run build:all` first — the suites skip with a message when a build is missing.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const PERMISSIONS = ['activeTab', 'contextMenus', 'scripting', 'storage', 'unlimitedStorage'];

interface Manifest {
  manifest_version: number;
  permissions?: string[];
  optional_permissions?: string[];
  host_permissions?: string[];
  optional_host_permissions?: string[];
  content_scripts?: unknown[];
  background?: { service_worker?: string; scripts?: string[] };
  commands?: Record<string, { suggested_key?: { default?: string } }>;
  browser_specific_settings?: {
    gecko?: { id?: string; data_collection_permissions?: { required?: string[] } };
  };
}

function loadManifest(target: string): Manifest | undefined {
  const path = resolve(__dirname, '../../../.output', target, 'manifest.json');
  if (!existsSync(path)) {
    console.warn(`[manifest.test] ${path} is missing — run \`npm run build:all\`; skipping.`);
    return undefined;
  }
  return JSON.parse(readFileSync(path, 'utf8')) as Manifest;
}

for (const target of ['chrome-mv3', 'firefox-mv3']) {
  const manifest = loadManifest(target);
  describe.skipIf(!manifest)(`${target} manifest`, () => {
    const m = manifest as Manifest;

    it('is Manifest V3', () => {
      expect(m.manifest_version).toBe(3);
    });

    it('asks for exactly activeTab, scripting, storage, unlimitedStorage, contextMenus', () => {
      expect([...(m.permissions ?? [])].sort()).toEqual(PERMISSIONS);
      expect(m.optional_permissions ?? []).toEqual([]);
    });

    it('has no host permissions', () => {
      expect(m.host_permissions ?? []).toEqual([]);
      expect(m.optional_host_permissions ?? []).toEqual([]);
    });

    it('has no static content scripts (the clipper is injected on demand)', () => {
      expect(m.content_scripts ?? []).toEqual([]);
    });

    it('declares the clip-page keyboard command', () => {
      expect(m.commands?.['clip-page']?.suggested_key?.default).toBe('Alt+Shift+S');
    });

    if (target === 'chrome-mv3') {
      it('runs the background as a service worker', () => {
        expect(m.background?.service_worker).toBe('background.js');
      });
    } else {
      it('has a gecko id and data_collection_permissions', () => {
        const gecko = m.browser_specific_settings?.gecko;
        expect(gecko?.id).toMatch(/^[\w.-]+@[\w.-]+$/);
        expect(gecko?.data_collection_permissions?.required).toEqual(['none']);
      });

      it('runs the background as event-page scripts (Firefox MV3 has no service worker)', () => {
        expect(m.background?.scripts).toEqual(['background.js']);
      });
    }
  });
}

describe.skipIf(!existsSync(resolve(__dirname, '../../../.output/chrome-mv3/clipper.js')))(
  'built content script',
  () => {
    it('does not contain the database layer', () => {
      const code = readFileSync(
        resolve(__dirname, '../../../.output/chrome-mv3/clipper.js'),
        'utf8',
      );
      expect(code).not.toMatch(/Dexie/);
      expect(code).not.toMatch(/indexedDB/);
    });

    it('does not bundle the webextension-polyfill (it calls no extension API; 10 KB of its size budget)', () => {
      const code = readFileSync(
        resolve(__dirname, '../../../.output/chrome-mv3/clipper.js'),
        'utf8',
      );
      expect(code).not.toMatch(/This script should only be loaded in a browser extension/);
    });
  },
);
