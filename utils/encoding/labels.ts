/**
 * Encoding labels → the names TextDecoder decodes with. Runs in the browser and in Node 20 (full
 * ICU), so every WHATWG encoding is available.
 */

/** GB2312 and GBK are subsets of GB18030; decoding them as GB18030 also reads the extra characters. */
const GB_FAMILY = new Set(['gbk', 'gb18030']);

/**
 * The canonical WHATWG name for a charset label (`gb2312` → `gb18030`, `latin1` → `windows-1252`,
 * `utf8` → `utf-8`), or null for a label TextDecoder does not know or cannot really decode
 * (`replacement`, `x-user-defined`).
 */
export function normalizeEncodingLabel(label: string): string | null {
  const trimmed = label.trim().replace(/^["']|["']$/g, '');
  if (!trimmed) return null;
  let name: string;
  try {
    name = new TextDecoder(trimmed).encoding;
  } catch {
    return null;
  }
  if (name === 'replacement' || name === 'x-user-defined') return null;
  return GB_FAMILY.has(name) ? 'gb18030' : name;
}

/** The charset parameter of a Content-Type header value, normalized; null when absent or unknown. */
export function charsetFromContentType(contentType: string | undefined): string | null {
  if (!contentType) return null;
  const match = /;\s*charset\s*=\s*("[^"]*"|'[^']*'|[^\s;,]+)/i.exec(contentType);
  return match?.[1] ? normalizeEncodingLabel(match[1]) : null;
}

/** How many bytes of the page are searched for a `<meta charset>` declaration. */
export const META_PRESCAN_BYTES = 4096;

/**
 * The charset a page declares in its first 4 KB: `<meta charset>`, `<meta http-equiv=Content-Type
 * content="…; charset=…">` or an XML declaration's `encoding`. Comments are skipped. UTF-16 declared
 * inside the bytes is read as UTF-8, as browsers do (a real UTF-16 page has a BOM).
 */
export function sniffDeclaredCharset(bytes: Uint8Array): string | null {
  // Latin-1 maps bytes 1:1 to code units, so ASCII markup is readable whatever the real encoding.
  const head = new TextDecoder('latin1')
    .decode(bytes.subarray(0, META_PRESCAN_BYTES))
    .replace(/<!--[\s\S]*?(?:-->|$)/g, '');
  const xml = /^\s*<\?xml[^>]*\bencoding\s*=\s*["']([^"']+)["']/i.exec(head);
  const candidates: string[] = xml?.[1] ? [xml[1]] : [];
  for (const tag of head.match(/<meta\b[^>]*>?/gi) ?? []) {
    const charset = /\bcharset\s*=\s*["']?\s*([^\s"'/>;]+)/i.exec(tag);
    // Both `<meta charset=…>` and `<meta http-equiv=Content-Type content="…; charset=…">`.
    if (charset?.[1]) candidates.push(charset[1]);
  }
  for (const candidate of candidates) {
    const name = normalizeEncodingLabel(candidate);
    if (name) return name.startsWith('utf-16') ? 'utf-8' : name;
  }
  return null;
}
