/**
 * Any value from any sender (issue 5, messages): the background listener always answers with an
 * envelope, calls a handler only for a well-formed request from this extension's own pages, and
 * hands the handler only the known fields. The content script's answer (which crosses from the
 * page's renderer) is accepted only in its exact shape.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createMessageListener, type MessageHandlers } from '@/utils/background/router';
import { parseContentClipResponse, parseRequest, type ClipFinished } from '@/utils/messages';

const EXT = { id: 'test-extension-id', baseUrl: 'chrome-extension://test-extension-id/' };
const POPUP = { id: EXT.id, url: `${EXT.baseUrl}popup.html` };

const done = { state: 'done' } as unknown as ClipFinished;

function handlers(): MessageHandlers & { calls: unknown[] } {
  const calls: unknown[] = [];
  return {
    calls,
    'clip-active-tab': async (request) => {
      calls.push(request);
      return done;
    },
    'get-clip-status': async (request) => {
      calls.push(request);
      return null;
    },
  };
}

/** Messages near the real ones (right type, odd fields) mixed with arbitrary JSON-like values. */
const message = fc.oneof(
  fc.anything(),
  fc.record(
    {
      type: fc.oneof(fc.constantFrom('clip-active-tab', 'get-clip-status'), fc.string()),
      tabId: fc.oneof(fc.integer(), fc.double(), fc.string(), fc.constant(null)),
      selectionOnly: fc.oneof(fc.boolean(), fc.string(), fc.integer()),
      wholePage: fc.oneof(fc.boolean(), fc.constant('true')),
      extra: fc.anything(),
      ['__proto__']: fc.anything(),
    },
    { requiredKeys: ['type'] },
  ),
);

const foreignSender = fc.oneof(
  fc.record({ id: fc.constant(EXT.id), url: fc.webUrl() }),
  fc.record({ id: fc.string(), url: fc.constant(POPUP.url) }),
  fc.record({ id: fc.constant(EXT.id) }),
  fc.constant({}),
  fc.record({
    id: fc.constant(EXT.id),
    url: fc.constantFrom(
      'chrome-extension://other-extension-id/popup.html',
      'chrome-extension://test-extension-id.evil.example/popup.html',
      'https://test-extension-id/popup.html',
    ),
  }),
);

describe('message fuzz', () => {
  it('from this extension: a handler runs only for what parseRequest accepts', async () => {
    await fc.assert(
      fc.asyncProperty(message, async (value) => {
        const h = handlers();
        const answer = (await createMessageListener(h, () => EXT)(value, POPUP)) as {
          ok: boolean;
        };
        expect(typeof answer.ok).toBe('boolean');
        const parsed = parseRequest(value);
        if (!parsed.ok) {
          expect(answer).toMatchObject({ ok: false, error: { code: 'bad-request' } });
          expect(h.calls).toEqual([]);
        } else {
          expect(h.calls).toEqual([parsed.request]);
          // Only the known fields reach the handler.
          for (const key of Object.keys(h.calls[0] as object)) {
            expect(['type', 'tabId', 'selectionOnly', 'wholePage']).toContain(key);
          }
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('from anywhere else: forbidden, and no handler runs, whatever the payload', async () => {
    await fc.assert(
      fc.asyncProperty(message, foreignSender, async (value, sender) => {
        const h = handlers();
        const answer = await createMessageListener(h, () => EXT)(value, sender);
        expect(answer).toMatchObject({ ok: false, error: { code: 'forbidden' } });
        expect(h.calls).toEqual([]);
      }),
      { numRuns: 2000 },
    );
  });

  it('a content-script answer of the wrong shape is refused', () => {
    fc.assert(
      fc.property(fc.anything(), (value) => {
        const parsed = parseContentClipResponse(value);
        if (parsed === null) return;
        // Whatever was accepted is one of the two exact shapes.
        if (parsed.ok) {
          expect(typeof parsed.result.markdown).toBe('string');
          expect(typeof parsed.pageUrl).toBe('string');
        } else {
          expect(typeof parsed.code).toBe('string');
        }
      }),
      { numRuns: 2000 },
    );
  });
});
