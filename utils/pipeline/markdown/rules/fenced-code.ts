import type { MarkdownRule } from '../rule';

/**
 * `<pre>` → a fenced block with the language from `data-lang` / `data-language` on the pre or
 * code, or a `language-*` / `lang-*` / `brush: *` / `highlight-source-*` class. The fence is longer
 * than any backtick run inside the code so the block cannot end early.
 */
export const fencedCodeRule: MarkdownRule = {
  name: 'fencedCode',
  filter: 'pre',
  replacement: (_content, node) => {
    const code = codeText(node).replace(/\n+$/, '').replace(/^\n/, '');
    if (!code.trim()) return '';
    const longestRun = Math.max(0, ...Array.from(code.matchAll(/`+/g), (m) => m[0].length));
    const fence = '`'.repeat(Math.max(3, longestRun + 1));
    return `\n\n${fence}${codeLanguage(node)}\n${code}\n${fence}\n\n`;
  },
};

export function codeLanguage(pre: Element): string {
  const code = pre.querySelector('code');
  const candidates = [
    pre.getAttribute('data-lang'),
    pre.getAttribute('data-language'),
    code?.getAttribute('data-lang'),
    code?.getAttribute('data-language'),
    languageFromClass(pre.getAttribute('class')),
    languageFromClass(code?.getAttribute('class')),
  ];
  for (const value of candidates) {
    const lang = (value ?? '').trim().toLowerCase();
    if (/^[\w+#.-]{1,30}$/.test(lang) && lang !== 'none' && lang !== 'plain') return lang;
  }
  return '';
}

function languageFromClass(className: string | null | undefined): string {
  const m =
    /(?:^|\s)(?:language|lang|highlight-source|highlight)-([\w+#.-]+)/i.exec(className ?? '') ??
    /brush:\s*([\w+#.-]+)/i.exec(className ?? '');
  return m?.[1] ?? '';
}

/** The code as the page shows it: text verbatim, `<br>` as a newline, block children on new lines. */
function codeText(node: Node): string {
  let out = '';
  for (let child = node.firstChild; child; child = child.nextSibling) {
    if (child.nodeType === 3) out += child.nodeValue ?? '';
    else if (child.nodeName === 'BR') out += '\n';
    else if (child.nodeType === 1) {
      const block = ['DIV', 'P', 'LI'].includes(child.nodeName);
      if (block && out && !out.endsWith('\n')) out += '\n';
      out += codeText(child);
      if (block && !out.endsWith('\n')) out += '\n';
    }
  }
  return out.replace(/\u00a0/g, ' ');
}
