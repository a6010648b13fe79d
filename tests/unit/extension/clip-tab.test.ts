import { beforeEach, describe, expect, it, vi } from 'vitest';
import {
  createClipper,
  injectionErrorCode,
  isQuotaError,
  type ClipTabDeps,
  type SaveClipOptions,
} from '@/utils/clip-tab/clip-tab';
import type { TabLike } from '@/utils/clip-tab/protected-url';
import type { ClipStatus, ContentClipRequest } from '@/utils/messages';
import type { ClipResult } from '@/utils/types';

const PAGE = 'https://news.example.cn/2024/01/01/article.html';

function clipResult(overrides: Partial<ClipResult> = {}): ClipResult {
  return {
    url: PAGE,
    canonicalUrl: PAGE,
    id: 'ffffffffffffffff', // what the page claims; the background recomputes it
    meta: {
      title: '基层党建工作会议召开',
      siteName: '示例新闻',
      section: 'source',
      author: '',
      source: '',
      publishedAt: null,
      leadImage: '',
      lang: 'zh-CN',
      excerpt: '',
    },
    html: '<p>正文</p>',
    markdown: '正文',
    text: '正文',
    wordCount: 2,
    flags: [],
    ...overrides,
  };
}

interface Harness {
  deps: ClipTabDeps;
  statuses: ClipStatus[];
  badges: [number, string][];
  saved: { result: ClipResult; options: SaveClipOptions }[];
  injections: ContentClipRequest[];
  tabs: Map<number, TabLike>;
}

function harness(overrides: Partial<ClipTabDeps> = {}, answer: unknown = undefined): Harness {
  const tabs = new Map<number, TabLike>([[7, { url: PAGE, status: 'complete' }]]);
  const statuses: ClipStatus[] = [];
  const badges: [number, string][] = [];
  const saved: Harness['saved'] = [];
  const injections: ContentClipRequest[] = [];
  const store = new Set<string>();
  let clock = 1_000;
  const deps: ClipTabDeps = {
    getTab: async (tabId) => tabs.get(tabId),
    isFileSchemeAllowed: async () => false,
    inject: async (_tabId, request) => {
      injections.push(request);
      return (
        answer ?? { ok: true, result: clipResult(), pageHtml: '<html>raw</html>', pageUrl: PAGE }
      );
    },
    clipIdForUrl: async (url) => (url === PAGE ? '0123456789abcdef' : 'aaaaaaaaaaaaaaaa'),
    saveClip: async (result, options) => {
      saved.push({ result, options });
      const updated = store.has(result.id);
      store.add(result.id);
      return { clip: { id: result.id }, updated };
    },
    getSettings: async () => ({ defaultCategory: '金融', bodyMode: 'markdown', keepRawHtml: true }),
    setStatus: async (status) => {
      statuses.push(status);
    },
    setBadge: async (tabId, state) => {
      badges.push([tabId, state]);
    },
    now: () => (clock += 1),
    ...overrides,
  };
  return { deps, statuses, badges, saved, injections, tabs };
}

// Failures are logged for bug reports; keep the test output readable.
beforeEach(() => {
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
});

describe('clipTab', () => {
  it('clips, saves with the settings and the recomputed id, and reports done', async () => {
    const h = harness();
    const outcome = await createClipper(h.deps).clipTab(7);
    expect(outcome).toMatchObject({
      state: 'done',
      tabId: 7,
      clipId: '0123456789abcdef',
      updated: false,
      title: '基层党建工作会议召开',
      message: 'Clipped',
    });
    expect(h.saved).toHaveLength(1);
    expect(h.saved[0]?.result.id).toBe('0123456789abcdef');
    expect(h.saved[0]?.options).toMatchObject({
      category: '金融',
      bodyMode: 'markdown',
      rawHtml: '<html>raw</html>',
    });
    expect(h.injections).toEqual([{ selectionOnly: false, wholePage: false, category: '金融' }]);
    expect(h.statuses.map((s) => s.state)).toEqual(['running', 'done']);
    expect(h.badges).toEqual([
      [7, 'running'],
      [7, 'done'],
    ]);
  });

  it('says "updated" when the same canonical URL is clipped again', async () => {
    const h = harness();
    const clipper = createClipper(h.deps);
    await clipper.clipTab(7);
    const second = await clipper.clipTab(7);
    expect(second).toMatchObject({ state: 'done', updated: true, clipId: '0123456789abcdef' });
    expect(second.state === 'done' && second.message).toMatch(/updated/i);
  });

  it('does not keep the raw HTML when the setting is off', async () => {
    const h = harness({
      getSettings: async () => ({ defaultCategory: 'news', bodyMode: 'html', keepRawHtml: false }),
    });
    await createClipper(h.deps).clipTab(7);
    expect(h.saved[0]?.options.rawHtml).toBeUndefined();
    expect(h.saved[0]?.options.bodyMode).toBe('html');
  });

  it('joins a second request for the same tab while the first runs (one clip)', async () => {
    let release: (value: unknown) => void = () => undefined;
    const gate = new Promise((resolve) => (release = resolve));
    const h = harness();
    const inject = h.deps.inject;
    h.deps.inject = async (tabId, request) => {
      await gate;
      return inject(tabId, request);
    };
    const clipper = createClipper(h.deps);
    const first = clipper.clipTab(7);
    const second = clipper.clipTab(7, { selectionOnly: true });
    expect(second).toBe(first);
    expect(clipper.inFlight()).toEqual([7]);
    release(undefined);
    await Promise.all([first, second]);
    expect(h.injections).toHaveLength(1);
    expect(h.saved).toHaveLength(1);
    expect(clipper.inFlight()).toEqual([]);
  });

  it('passes selectionOnly and wholePage to the content script and flags a selection', async () => {
    const h = harness();
    const outcome = await createClipper(h.deps).clipTab(7, {
      selectionOnly: true,
      wholePage: true,
    });
    expect(h.injections[0]).toMatchObject({ selectionOnly: true, wholePage: true });
    expect(outcome.state === 'done' && outcome.flags).toContain('selection');
  });

  it.each([
    ['chrome://settings', 'protected-page'],
    ['https://chromewebstore.google.com/detail/x', 'web-store'],
    ['file:///tmp/a.html', 'file-access'],
    ['https://example.com/doc.pdf', 'pdf-viewer'],
  ])('refuses %s with %s before injecting', async (url, code) => {
    const h = harness();
    h.tabs.set(7, { url, status: 'complete' });
    const outcome = await createClipper(h.deps).clipTab(7);
    expect(outcome).toMatchObject({ state: 'error', error: { code } });
    expect(outcome.state === 'error' && outcome.error.nextStep.length).toBeGreaterThan(0);
    expect(h.injections).toEqual([]);
    expect(h.saved).toEqual([]);
    expect(h.badges).toEqual([[7, 'error']]);
  });

  it('reports a tab that is gone', async () => {
    const h = harness();
    expect(await createClipper(h.deps).clipTab(99)).toMatchObject({ error: { code: 'no-tab' } });
  });

  it('offers the whole page when no article is found', async () => {
    const h = harness({}, { ok: false, code: 'no-article', message: 'none' });
    const outcome = await createClipper(h.deps).clipTab(7);
    expect(outcome).toMatchObject({
      state: 'error',
      error: { code: 'no-article', canClipWholePage: true },
    });
    expect(h.saved).toEqual([]);
  });

  it('passes the content script’s page-loading answer on with its next step', async () => {
    const h = harness({}, { ok: false, code: 'page-loading', message: 'loading' });
    const outcome = await createClipper(h.deps).clipTab(7);
    expect(outcome).toMatchObject({ state: 'error', error: { code: 'page-loading' } });
    expect(outcome.state === 'error' && outcome.error.nextStep).toMatch(/finished loading/);
    expect(h.saved).toEqual([]);
  });

  it.each([
    ['undefined', undefined],
    ['a string', 'pwned'],
    [
      'a result with a javascript: URL',
      { ok: true, result: clipResult({ url: 'javascript:1' }), pageHtml: '', pageUrl: PAGE },
    ],
    ['a made-up error code', { ok: false, code: 'quota', message: 'x' }],
  ])('rejects %s from the content script without saving', async (_label, answer) => {
    const h = harness({ inject: async () => answer });
    const outcome = await createClipper(h.deps).clipTab(7);
    expect(outcome).toMatchObject({ state: 'error', error: { code: 'invalid-result' } });
    expect(h.saved).toEqual([]);
  });

  it('saves nothing when the tab navigated away during the clip', async () => {
    const h = harness();
    const inject = h.deps.inject;
    h.deps.inject = async (tabId, request) => {
      const answer = await inject(tabId, request);
      h.tabs.set(7, { url: 'https://news.example.cn/other.html', status: 'loading' });
      return answer;
    };
    const outcome = await createClipper(h.deps).clipTab(7);
    expect(outcome).toMatchObject({ state: 'error', error: { code: 'navigated-away' } });
    expect(h.saved).toEqual([]);
  });

  it('saves nothing when the script answered from another document', async () => {
    const h = harness(
      {},
      { ok: true, result: clipResult(), pageHtml: '', pageUrl: 'https://news.example.cn/x.html' },
    );
    const outcome = await createClipper(h.deps).clipTab(7);
    expect(outcome).toMatchObject({ error: { code: 'navigated-away' } });
    expect(h.saved).toEqual([]);
  });

  it('ignores a hash change during the clip', async () => {
    const h = harness();
    const inject = h.deps.inject;
    h.deps.inject = async (tabId, request) => {
      h.tabs.set(7, { url: `${PAGE}#comments`, status: 'complete' });
      return inject(tabId, request);
    };
    expect(await createClipper(h.deps).clipTab(7)).toMatchObject({ state: 'done' });
  });

  it('maps an injection failure to a code', async () => {
    const h = harness({
      inject: async () => {
        throw new Error('Frame with ID 0 was removed.');
      },
    });
    expect(await createClipper(h.deps).clipTab(7)).toMatchObject({
      error: { code: 'navigated-away' },
    });
  });

  it('stops waiting for a page that never answers', async () => {
    const h = harness({ inject: () => new Promise(() => undefined), timeoutMs: 5 });
    expect(await createClipper(h.deps).clipTab(7)).toMatchObject({ error: { code: 'timeout' } });
  });

  it('says the page is still loading when a loading tab does not answer in time', async () => {
    const h = harness({ inject: () => new Promise(() => undefined), loadingTimeoutMs: 5 });
    h.tabs.set(7, { url: PAGE, status: 'loading' });
    expect(await createClipper(h.deps).clipTab(7)).toMatchObject({
      error: { code: 'page-loading' },
    });
  });

  it('clips a tab still marked loading when the script answers', async () => {
    const h = harness({ loadingTimeoutMs: 1_000 });
    h.tabs.set(7, { url: PAGE, status: 'loading' });
    expect(await createClipper(h.deps).clipTab(7)).toMatchObject({ state: 'done' });
  });

  it('reports a quota error from the repository (Dexie-wrapped too)', async () => {
    const quota = Object.assign(new Error('AbortError'), {
      name: 'AbortError',
      inner: Object.assign(new Error('full'), { name: 'QuotaExceededError' }),
    });
    const h = harness({
      saveClip: async () => {
        throw quota;
      },
    });
    const outcome = await createClipper(h.deps).clipTab(7);
    expect(outcome).toMatchObject({ state: 'error', error: { code: 'quota' } });
    expect(h.statuses.at(-1)).toMatchObject({ state: 'error', error: { code: 'quota' } });
    expect(h.badges.at(-1)).toEqual([7, 'error']);
  });

  it('reports other storage failures as storage-failed', async () => {
    const h = harness({
      saveClip: async () => {
        throw new Error('DatabaseClosedError');
      },
    });
    expect(await createClipper(h.deps).clipTab(7)).toMatchObject({
      error: { code: 'storage-failed' },
    });
  });

  it('still finishes when the badge cannot be set', async () => {
    const h = harness({
      setBadge: async () => {
        throw new Error('no action API');
      },
    });
    expect(await createClipper(h.deps).clipTab(7)).toMatchObject({ state: 'done' });
  });
});

describe('error helpers', () => {
  it('recognizes quota errors by name, through inner/cause chains', () => {
    expect(isQuotaError(Object.assign(new Error(), { name: 'QuotaError' }))).toBe(true);
    expect(isQuotaError({ name: 'AbortError', cause: { name: 'QuotaExceededError' } })).toBe(true);
    expect(isQuotaError(new Error('QuotaExceededError in text only'))).toBe(false);
    expect(isQuotaError(undefined)).toBe(false);
  });

  it.each([
    ['No tab with id: 5.', 'no-tab'],
    ['Frame with ID 0 was removed.', 'navigated-away'],
    ['The extensions gallery cannot be scripted.', 'web-store'],
    ['Cannot access a chrome:// URL', 'protected-page'],
    [
      'Cannot access contents of url "https://a.example/". Extension manifest must request permission to access this host.',
      'injection-failed',
    ],
    [
      'Cannot access contents of url "file:///tmp/a.html". Extension manifest must request permission to access this host.',
      'file-access',
    ],
    ['Something else', 'injection-failed'],
  ])('maps "%s" to %s', (message, code) => {
    expect(injectionErrorCode(new Error(message))).toBe(code);
  });
});
