import type { QualityFlag } from '../../types';
import { isPlaceholderImageUrl } from './placeholder-image';
import { countWords } from './words';
import { listOf } from '../prepare/elements';

/** Fewer words than this after cleaning: probably a teaser, a stub or an extraction miss. */
export const TOO_SHORT_WORDS = 80;

/**
 * Login, captcha and paywall wording (English and Chinese). A long article may mention such words
 * in passing, so for long texts they only count near the end, where walls put their prompt.
 */
const WALL_PHRASES = [
  /\b(?:log|sign) ?in to (?:continue|read|view|see|access)\b/i,
  /\bplease (?:log|sign) ?in\b/i,
  /\bsubscribe (?:now )?to (?:continue|read|keep reading|unlock)\b/i,
  /\b(?:this (?:article|content|story) is (?:for|only available to) (?:subscribers|members))\b/i,
  /\bsubscribers? only\b/i,
  /\bcreate a free account to\b/i,
  /\b(?:verify|confirm) (?:that )?you(?:'re| are) (?:a )?human\b/i,
  /\bare you a robot\b/i,
  /\b(?:re)?captcha\b/i,
  /\benable (?:javascript and )?cookies to continue\b/i,
  /\baccess denied\b/i,
  /(?:请|需要|您需要)?(?:先)?登录(?:后)?(?:才能)?(?:查看|阅读|继续|浏览|观看)/,
  /请(?:先)?登录/,
  /登录后(?:可|即可)?(?:查看|阅读|继续|浏览)/,
  /(?:扫码|微信)登录/,
  /(?:输入|请输入|获取)验证码/,
  /(?:安全|人机|滑块|滑动)验证/,
  /(?:拖动|拖拽)滑块/,
  /付费(?:阅读|内容|订阅|会员)/,
  /(?:订阅|开通会员|购买)后(?:即可)?(?:阅读|查看)/,
  /(?:会员|VIP)专(?:享|属)/i,
  /剩余\d+%?未读/,
];
const LONG_TEXT_WORDS = 400;
const TAIL_CHARS = 500;

/** `words` is countWords(text), when the caller has it already. */
export function detectQualityFlags(
  text: string,
  content: Element,
  words = countWords(text),
): QualityFlag[] {
  const flags: QualityFlag[] = [];
  if (words < TOO_SHORT_WORDS) flags.push('too-short');
  const region = words < LONG_TEXT_WORDS ? text : text.slice(-TAIL_CHARS);
  if (WALL_PHRASES.some((phrase) => phrase.test(region))) flags.push('login-wall');
  if (hasPlaceholderImages(content)) flags.push('placeholders');
  return flags;
}

function hasPlaceholderImages(content: Element): boolean {
  for (const img of listOf(content.getElementsByTagName('img'))) {
    if (isPlaceholderImageUrl(img.getAttribute('src'))) return true;
    const width = img.getAttribute('width');
    const height = img.getAttribute('height');
    if (width === '1' && height === '1') return true;
  }
  return false;
}
