/**
 * A clip's identity: its canonical URL and the id derived from it (first 16 hex digits of the
 * SHA-256 of the canonical URL). The id names the seed file and is the dedupe key, so two visits
 * to the same article through different share links must canonicalize to the same URL.
 */
import { sha256, toHex } from './sha256';

/** Query parameters that only say how a reader arrived, never which page it is. */
const TRACKING_PARAMS = new Set([
  'spm',
  'from',
  'share_token',
  'fbclid',
  'gclid',
  'gclsrc',
  'dclid',
  'gbraid',
  'wbraid',
  'msclkid',
  'yclid',
  'twclid',
  'ttclid',
  'li_fat_id',
  'igshid',
  'igsh',
  'mc_cid',
  'mc_eid',
  '_ga',
  '_gl',
  '_hsenc',
  '_hsmi',
  'mkt_tok',
  'wt.mc_id',
  'scm',
  'share_source',
  'share_medium',
  'share_from',
  'share_plat',
  'share_tag',
  'share_session_id',
  'sharer_shareid',
  'sharer_sharetime',
  'vd_source',
  'isappinstalled',
  'wxshare_count',
  'tt_from',
  'tt_medium',
]);
const TRACKING_PREFIXES = ['utm_'];

/**
 * WeChat article URLs carry a reader session in the query (key, uin, pass_ticket, scene, …); the
 * article itself is named by these four parameters.
 */
const WECHAT_ARTICLE_HOST = 'mp.weixin.qq.com';
const WECHAT_ARTICLE_PARAMS = new Set(['__biz', 'mid', 'idx', 'sn']);

function paramName(part: string): string {
  const raw = part.split('=', 1)[0] ?? '';
  try {
    return decodeURIComponent(raw.replace(/\+/g, ' ')).toLowerCase();
  } catch {
    return raw.toLowerCase();
  }
}

function isTrackingParam(name: string, host: string): boolean {
  if (host === WECHAT_ARTICLE_HOST && name !== '') return !WECHAT_ARTICLE_PARAMS.has(name);
  return TRACKING_PARAMS.has(name) || TRACKING_PREFIXES.some((prefix) => name.startsWith(prefix));
}

/**
 * Lower-case scheme and host, no default port, no fragment, tracking parameters removed; the
 * remaining parameters keep their order and spelling. A string that is not an absolute URL is
 * returned trimmed.
 */
export function canonicalizeUrl(url: string): string {
  let parsed: URL;
  try {
    parsed = new URL(url.trim());
  } catch {
    return url.trim();
  }
  parsed.hash = '';
  const kept = parsed.search
    .slice(1)
    .split('&')
    .filter((part) => part !== '' && !isTrackingParam(paramName(part), parsed.hostname));
  // Assigning '' also drops a bare trailing `?`.
  parsed.search = kept.length > 0 ? `?${kept.join('&')}` : '';
  return parsed.href;
}

const ID_HEX_DIGITS = 16;

/** First 16 hex digits of SHA-256 of the canonical URL (UTF-8), via SubtleCrypto. */
export async function clipIdForUrl(canonicalUrl: string): Promise<string> {
  const digest = await globalThis.crypto.subtle.digest(
    'SHA-256',
    new TextEncoder().encode(canonicalUrl),
  );
  return toHex(new Uint8Array(digest)).slice(0, ID_HEX_DIGITS);
}

/** The same id, computed synchronously (for the synchronous pipeline). */
export function clipIdForUrlSync(canonicalUrl: string): string {
  return toHex(sha256(new TextEncoder().encode(canonicalUrl))).slice(0, ID_HEX_DIGITS);
}

/** True for a well-formed clip id. */
export function isClipId(value: string): boolean {
  return /^[0-9a-f]{16}$/.test(value);
}
