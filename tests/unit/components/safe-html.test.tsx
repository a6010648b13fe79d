import { afterEach, describe, expect, it } from 'vitest';
import { SafeHtml, isAllowedUrl, sanitizeHtml } from '@/components/SafeHtml';
import { mount, type Mounted } from './helpers';

let mounted: Mounted | undefined;
afterEach(() => {
  mounted?.unmount();
  mounted = undefined;
  delete (window as { __canary?: unknown }).__canary;
});

function renderSafe(html: string): HTMLElement {
  mounted = mount(<SafeHtml html={html} data-testid="preview" />);
  return mounted.container.querySelector('[data-testid="preview"]')!;
}

describe('SafeHtml', () => {
  it('keeps ordinary article markup', () => {
    const root = renderSafe(
      '<h2>标题</h2><p>Text <strong>bold</strong> <a href="https://example.com/a">link</a></p><img src="https://example.com/i.png" alt="x">',
    );
    expect(root.querySelector('h2')?.textContent).toBe('标题');
    expect(root.querySelector('strong')?.textContent).toBe('bold');
    expect(root.querySelector('a')?.getAttribute('href')).toBe('https://example.com/a');
    expect(root.querySelector('img')?.getAttribute('src')).toBe('https://example.com/i.png');
  });

  it('removes <script>, <style>, frames, plugins and forms', () => {
    const root = renderSafe(
      '<p>ok</p><script>window.__canary = 1</script><style>p{display:none}</style>' +
        '<iframe src="https://evil.example/"></iframe><object data="https://evil.example/x"></object>' +
        '<embed src="https://evil.example/x"><form action="https://evil.example/"><input name="q"><button>go</button></form>',
    );
    for (const tag of ['script', 'style', 'iframe', 'object', 'embed', 'form', 'input', 'button']) {
      expect(root.querySelector(tag), tag).toBeNull();
    }
    expect(root.textContent).toContain('ok');
    expect((window as { __canary?: unknown }).__canary).toBeUndefined();
  });

  it('strips event handlers such as <img onerror>', () => {
    const root = renderSafe(
      '<img src="https://example.com/x.png" onerror="window.__canary=1"><p onclick="window.__canary=2" onmouseover="x()">t</p><svg onload="window.__canary=3"></svg>',
    );
    const all = [root, ...root.querySelectorAll('*')];
    for (const element of all) {
      for (const attribute of element.getAttributeNames()) {
        expect(attribute.startsWith('on'), `${element.tagName} ${attribute}`).toBe(false);
      }
    }
    expect(root.querySelector('svg')).toBeNull();
  });

  it('drops javascript:, vbscript: and data: URLs, also when obfuscated', () => {
    const root = renderSafe(
      [
        '<a id="a1" href="javascript:window.__canary=1">a</a>',
        '<a id="a2" href="JaVaScRiPt:alert(1)">b</a>',
        '<a id="a3" href="java&#x09;script:alert(1)">c</a>',
        '<a id="a4" href=" vbscript:msgbox(1)">d</a>',
        '<a id="a5" href="data:text/html,<script>alert(1)</script>">e</a>',
        '<img id="i1" src="data:image/svg+xml;base64,PHN2Zz48L3N2Zz4=">',
        '<img id="i2" src="javascript:alert(1)">',
      ].join(''),
    );
    for (const id of ['a1', 'a2', 'a3', 'a4', 'a5']) {
      expect(root.querySelector(`#${id}`)?.hasAttribute('href') ?? false, id).toBe(false);
    }
    for (const id of ['i1', 'i2']) {
      expect(root.querySelector(`#${id}`)?.hasAttribute('src') ?? false, id).toBe(false);
    }
    expect(root.innerHTML).not.toMatch(/javascript:|vbscript:|data:/i);
  });

  it('opens links in a new tab without opener or referrer', () => {
    const root = renderSafe('<a href="https://example.com/">x</a><a href="#note">n</a>');
    const [external, fragment] = [...root.querySelectorAll('a')];
    expect(external?.getAttribute('target')).toBe('_blank');
    expect(external?.getAttribute('rel')).toBe('noopener noreferrer');
    expect(fragment?.hasAttribute('target')).toBe(false);
  });

  it('removes inline styles and srcset', () => {
    const html = sanitizeHtml(
      '<p style="position:fixed;inset:0">x</p><img src="https://e.com/a.png" srcset="data:image/png;base64,AA 1x">',
    );
    expect(html).not.toContain('style=');
    expect(html).not.toContain('srcset');
  });
});

describe('isAllowedUrl', () => {
  it('allows http(s) everywhere and mailto/#fragment on links only', () => {
    expect(isAllowedUrl('https://e.com', 'src')).toBe(true);
    expect(isAllowedUrl('http://e.com', 'href')).toBe(true);
    expect(isAllowedUrl('mailto:a@b.c', 'href')).toBe(true);
    expect(isAllowedUrl('mailto:a@b.c', 'src')).toBe(false);
    expect(isAllowedUrl('#x', 'href')).toBe(true);
    expect(isAllowedUrl('java\nscript:alert(1)', 'href')).toBe(false);
    expect(isAllowedUrl('data:image/png;base64,AA', 'src')).toBe(false);
    expect(isAllowedUrl('/relative', 'href')).toBe(false);
  });
});
