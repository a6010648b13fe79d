/**
 * GBK, Big5 and Shift_JIS pages (charset declared by HTTP header, <meta charset> and
 * <meta http-equiv>) and a page whose <meta> lies about its charset come out of the clip right.
 * harness.e2e.test.ts checks that Chromium itself decodes the same bytes correctly.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { encodedPages } from './fixtures/encoded-pages';
import { startE2E, type E2E } from './helpers/extension';

describe('encodings', () => {
  let e2e: E2E;
  beforeAll(async () => {
    e2e = await startE2E();
  });
  afterAll(async () => {
    await e2e?.close();
  });

  for (const fixture of encodedPages()) {
    it(`${fixture.path} is clipped with the right text`, async () => {
      const outcome = await e2e.clipPage(fixture.path);
      expect(outcome, JSON.stringify(outcome)).toMatchObject({
        state: 'done',
        title: fixture.title,
      });
      if (outcome.state !== 'done') return;
      const { body } = await e2e.stored(outcome.clipId);
      const markdown = body?.markdown ?? '';
      expect(markdown).toContain(fixture.phrase);
      expect(markdown).not.toContain('\uFFFD');
    });
  }
});
