import { defineConfig } from 'vitest/config';

// End-to-end tests drive the built extension in Debian's /usr/bin/chromium.
export default defineConfig({
  test: {
    environment: 'node',
    include: ['tests/e2e/**/*.e2e.test.ts'],
    testTimeout: 120_000,
    hookTimeout: 120_000,
    fileParallelism: false,
    passWithNoTests: true,
    pool: 'forks',
  },
});
