/**
 * Names of major Chinese outlets, by registered domain. Their pages rarely set og:site_name, and
 * the seed's `categories`/`author` want the name a reader knows (新华网), not the host.
 */
const SITE_NAMES: Record<string, string> = {
  'xinhuanet.com': '新华网',
  'news.cn': '新华网',
  'people.com.cn': '人民网',
  'huanqiu.com': '环球网',
  'sina.com.cn': '新浪网',
  'sina.cn': '新浪网',
  'sohu.com': '搜狐网',
  '163.com': '网易',
  'qq.com': '腾讯网',
  'ifeng.com': '凤凰网',
  'thepaper.cn': '澎湃新闻',
  'guancha.cn': '观察者网',
  'stcn.com': '证券时报网',
  'chinanews.com': '中国新闻网',
  'chinanews.com.cn': '中国新闻网',
  'cctv.com': '央视网',
  'cntv.cn': '央视网',
  'gmw.cn': '光明网',
  'chinadaily.com.cn': '中国日报网',
  'china.com.cn': '中国网',
  'china.com': '中华网',
  'cri.cn': '国际在线',
  'youth.cn': '中国青年网',
  'cnr.cn': '央广网',
  'ce.cn': '中国经济网',
  'cankaoxiaoxi.com': '参考消息',
  'caixin.com': '财新网',
  'yicai.com': '第一财经',
  'eastmoney.com': '东方财富网',
  'jrj.com.cn': '金融界',
  'hexun.com': '和讯网',
  'cnstock.com': '中国证券网',
  'cs.com.cn': '中证网',
  '21jingji.com': '21经济网',
  'bjnews.com.cn': '新京报',
  'jiemian.com': '界面新闻',
  'myzaker.com': 'ZAKER',
  'zaobao.com': '联合早报',
  'zaobao.com.sg': '联合早报',
  'dwnews.com': '多维新闻',
  'cnbeta.com': 'cnBeta',
  'cnbeta.com.tw': 'cnBeta',
  '36kr.com': '36氪',
  'huxiu.com': '虎嗅网',
  'zhihu.com': '知乎',
  'weixin.qq.com': '微信公众平台',
  'toutiao.com': '今日头条',
  'baidu.com': '百度',
  'xinmin.cn': '新民网',
  'southcn.com': '南方网',
  'dayoo.com': '大洋网',
  'eastday.com': '东方网',
  'rednet.cn': '红网',
  'cyol.com': '中青在线',
  'workercn.cn': '中工网',
  'legaldaily.com.cn': '法制网',
  'chinacourt.org': '中国法院网',
  'gov.cn': '中国政府网',
  'cqn.com.cn': '中国质量新闻网',
  'ynet.com': '北青网',
  'takungpao.com': '大公网',
  'wenweipo.com': '文汇网',
};

/** The host without `www.` and a trailing dot, lower-cased; '' for URLs without a host. */
export function hostOf(url: string): string {
  try {
    return new URL(url).hostname
      .toLowerCase()
      .replace(/\.$/, '')
      .replace(/^www\./, '');
  } catch {
    return '';
  }
}

/** A known outlet's name for the host or any parent domain of it (news.sina.com.cn → 新浪网). */
export function knownSiteName(host: string): string {
  const labels = host.split('.');
  for (let i = 0; i < labels.length - 1; i++) {
    const name = SITE_NAMES[labels.slice(i).join('.')];
    if (name) return name;
  }
  return '';
}
