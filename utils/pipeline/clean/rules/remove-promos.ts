import { lineRule } from '../line-rule';

/**
 * App and social promos: 扫码关注, 扫描二维码, 关注微信公众号, 下载客户端, 阅读原文, 爆料…, and
 * the site's feedback prompt (如对本频道有任何意见或建议，请…反馈).
 */
export const removePromos = lineRule({
  name: 'remove-promos',
  pattern:
    /扫码|扫一扫|扫描(?:下方|上方)?二维码|长按(?:识别)?二维码|关注(?:我们的)?(?:微信|公众号|官方微博)|微信公众号|官方微博|下载(?:\S{0,6})?客户端|客户端下载|阅读原文|点击下载|(?:短信|微博)?爆料|一经采用|手机版|掌上(?:资讯|新闻)|^订阅.{0,20}(?:发送?|短信)|投稿(?:邮箱|热线)|订阅(?:我们|本刊)|有任何(?:意见|建议|疑问|质疑)|到微博反馈|download (?:our|the) app|follow us on|sign up for (?:our|the) newsletter/i,
  maxLength: 60,
});
