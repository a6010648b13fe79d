import { describe, expect, it } from 'vitest';
import { classifyTab, classifyUrl } from '@/utils/clip-tab/protected-url';

const noFiles = { fileSchemeAllowed: false };
const files = { fileSchemeAllowed: true };

describe('classifyUrl', () => {
  it.each([
    ['chrome://extensions/', 'protected-page'],
    ['chrome://newtab/', 'protected-page'],
    ['edge://settings', 'protected-page'],
    ['about:blank', 'protected-page'],
    ['about:addons', 'protected-page'],
    ['chrome-extension://abcdefghijklmnopabcdefghijklmnop/popup.html', 'protected-page'],
    ['moz-extension://1234/popup.html', 'protected-page'],
    ['devtools://devtools/bundled/inspector.html', 'protected-page'],
    ['data:text/html,<p>x</p>', 'protected-page'],
    ['not a url', 'protected-page'],
    ['https://chromewebstore.google.com/detail/x/abc', 'web-store'],
    ['https://chrome.google.com/webstore/detail/abc', 'web-store'],
    ['https://addons.mozilla.org/en-US/firefox/addon/x/', 'web-store'],
    ['https://microsoftedge.microsoft.com/addons/detail/x', 'web-store'],
    ['view-source:https://example.com/', 'view-source'],
    ['https://example.com/report.PDF', 'pdf-viewer'],
    ['chrome-extension://mhjfbmdgcfjbbpaeojofohoefgiehjai/index.html', 'pdf-viewer'],
    ['file:///home/me/page.html', 'file-access'],
  ])('%s → %s', (url, code) => {
    expect(classifyUrl(url, noFiles)).toBe(code);
  });

  it.each([
    'https://www.xinhuanet.com/politics/2024-01/01/c_1.htm',
    'http://127.0.0.1:8080/article.html',
    'https://chrome.google.com/search?q=x',
    'https://example.com/pdf-guide.html',
    'https://example.com/a.html#section.pdf',
  ])('lets %s through', (url) => {
    expect(classifyUrl(url, noFiles)).toBeNull();
  });

  it('lets file:// through once file access is allowed', () => {
    expect(classifyUrl('file:///home/me/page.html', files)).toBeNull();
  });
});

describe('classifyTab', () => {
  it('does not refuse a tab only because its status is loading (the content script decides)', () => {
    expect(classifyTab({ url: 'https://example.com/', status: 'loading' }, noFiles)).toBeNull();
    expect(classifyTab({ url: 'https://example.com/', status: 'complete' }, noFiles)).toBeNull();
  });

  it('refuses a protected page whatever its status', () => {
    expect(classifyTab({ url: 'chrome://settings', status: 'loading' }, noFiles)).toBe(
      'protected-page',
    );
  });

  it('uses pendingUrl while the URL is not committed', () => {
    expect(classifyTab({ pendingUrl: 'about:blank', status: 'loading' }, noFiles)).toBe(
      'protected-page',
    );
  });

  it('lets a tab with a hidden URL through to the injection', () => {
    expect(classifyTab({ status: 'complete' }, noFiles)).toBeNull();
  });
});
