/**
 * The production manifests ask for no host access: no host_permissions and no static content
 * scripts (the clipper is injected on demand through activeTab + scripting). The e2e build is the
 * only one allowed a localhost host permission, and this test checks it is really there — so the
 * production check is reading the right field, not an always-empty one.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

interface Manifest {
  manifest_version: number;
  permissions?: string[];
  optional_permissions?: string[];
  host_permissions?: string[];
  optional_host_permissions?: string[];
  content_scripts?: unknown[];
  browser_specific_settings?: { gecko?: { id?: string } };
}

const ROOT = process.cwd();

function readManifest(dir: string): Manifest {
  return JSON.parse(readFileSync(path.join(ROOT, '.output', dir, 'manifest.json'), 'utf8'));
}

/** `npm test` builds both production targets first; a lone `npm run test:e2e` builds Chrome's. */
function ensureChromeBuild(): void {
  if (!existsSync(path.join(ROOT, '.output/chrome-mv3/manifest.json'))) {
    execFileSync('npx', ['wxt', 'build'], { cwd: ROOT, stdio: 'ignore' });
  }
}

const HOST_PATTERN = /^(<all_urls>|\*:\/\/|https?:\/\/|file:\/\/|ftp:\/\/)/;

function expectNoHostAccess(manifest: Manifest): void {
  expect(manifest.host_permissions ?? []).toEqual([]);
  expect(manifest.optional_host_permissions ?? []).toEqual([]);
  expect(manifest.content_scripts ?? []).toEqual([]);
  // MV2 (Firefox without --mv3) lists host patterns among permissions: none allowed there either.
  const permissions = [...(manifest.permissions ?? []), ...(manifest.optional_permissions ?? [])];
  expect(permissions.filter((permission) => HOST_PATTERN.test(permission))).toEqual([]);
}

describe('built manifests', () => {
  it('chrome-mv3 has no host_permissions and no static content_scripts', () => {
    ensureChromeBuild();
    const manifest = readManifest('chrome-mv3');
    expect(manifest.manifest_version).toBe(3);
    expectNoHostAccess(manifest);
    expect(manifest.permissions).toEqual(expect.arrayContaining(['activeTab', 'scripting']));
  });

  it.runIf(existsSync(path.join(ROOT, '.output/firefox-mv3/manifest.json')))(
    'firefox-mv3 has no host_permissions and no static content_scripts',
    () => {
      const manifest = readManifest('firefox-mv3');
      expect(manifest.manifest_version).toBe(3);
      expectNoHostAccess(manifest);
      expect(manifest.browser_specific_settings?.gecko?.id).toBeTruthy();
    },
  );

  it('the e2e build is the one with a localhost host permission', () => {
    const manifest = readManifest('chrome-mv3-e2e');
    expect(manifest.host_permissions).toEqual(expect.arrayContaining(['http://127.0.0.1/*']));
    expect(manifest.content_scripts ?? []).toEqual([]);
  });
});
