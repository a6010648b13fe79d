import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';

// The e2e build (`wxt build --mode e2e`) adds a localhost host permission because
// automation cannot grant `activeTab` by a user gesture; production builds never have it.
const E2E_HOSTS = ['http://127.0.0.1/*', 'http://localhost/*'];

/** 'e2e', or 'e2e-<name>' for a second suite building into its own .output directory. */
function isE2e(mode: string): boolean {
  return mode === 'e2e' || mode.startsWith('e2e-');
}

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill', '@wxt-dev/i18n/module'],
  hooks: {
    // entrypoints/bench is the benchmark harness (scripts/bench-collection.ts): e2e builds only, so
    // a production or Firefox build never ships a page exposing the storage layer.
    'entrypoints:resolved': (wxt, entrypoints) => {
      if (isE2e(wxt.config.mode)) return;
      const bench = entrypoints.findIndex((entrypoint) => entrypoint.name === 'bench');
      if (bench >= 0) entrypoints.splice(bench, 1);
    },
  },
  vite: () => ({
    plugins: [preact()],
  }),
  manifest: ({ mode, browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: [
      'activeTab',
      'scripting',
      'storage',
      'unlimitedStorage',
      'contextMenus',
      // e2e only: a user's click grants activeTab, which also lets the background read the tab's
      // URL (to refuse chrome://, view-source: … before injecting); `tabs` stands in for that.
      ...(isE2e(mode) ? ['tabs'] : []),
    ],
    ...(isE2e(mode) ? { host_permissions: E2E_HOSTS } : {}),
    action: { default_title: '__MSG_extName__' },
    commands: {
      'clip-page': {
        suggested_key: { default: 'Alt+Shift+S' },
        description: '__MSG_commandClipPage__',
      },
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'seed-clipper@seed-clipper.dev',
              strict_min_version: '128.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
});
