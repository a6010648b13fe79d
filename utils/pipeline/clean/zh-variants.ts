/**
 * Boilerplate patterns are written in simplified Chinese; Hong Kong and Taiwan pages use the
 * traditional forms. This widens each simplified character (outside `[...]` classes) to a class
 * holding both forms, so one pattern serves both scripts.
 */
const TRADITIONAL: Record<string, string> = {
  关: '關',
  热: '熱',
  门: '門',
  阅: '閱',
  读: '讀',
  荐: '薦',
  闻: '聞',
  评: '評',
  论: '論',
  条: '條',
  参: '參',
  与: '與',
  发: '發',
  转: '轉',
  载: '載',
  权: '權',
  点: '點',
  击: '擊',
  图: '圖',
  页: '頁',
  编: '編',
  辑: '輯',
  责: '責',
  声: '聲',
  网: '網',
  录: '錄',
  册: '冊',
  扫: '掃',
  码: '碼',
  这: '這',
  样: '樣',
  览: '覽',
  数: '數',
  时: '時',
  间: '間',
  来: '來',
  记: '記',
  报: '報',
  导: '導',
  专: '專',
  题: '題',
  闭: '閉',
  户: '戶',
  端: '端',
  链: '鏈',
  接: '接',
  资: '資',
  讯: '訊',
  视: '視',
  频: '頻',
  库: '庫',
  荣: '榮',
  猜: '猜',
  欢: '歡',
  彩: '彩',
  访: '訪',
  问: '問',
  话: '話',
  传: '傳',
  邮: '郵',
  址: '址',
  举: '舉',
  违: '違',
  众: '眾',
  号: '號',
  订: '訂',
  阅读: '閱讀',
  价: '價',
  贴: '貼',
  帖: '帖',
  应: '應',
  张: '張',
  览量: '覽量',
  复: '復',
  制: '製',
  审: '審',
  核: '核',
  实: '實',
  习: '習',
  务: '務',
  经: '經',
  济: '濟',
  态: '態',
  现: '現',
  当: '當',
  稿: '稿',
  处: '處',
  理: '理',
  联: '聯',
  系: '係',
  删: '刪',
  侵: '侵',
  归: '歸',
  属: '屬',
  书: '書',
  面: '面',
  许: '許',
  可: '可',
  仅: '僅',
  代: '代',
  为: '為',
  讨: '討',
  历: '歷',
  寄: '寄',
  群: '群',
  脸: '臉',
  谱: '譜',
  结: '結',
  果: '果',
  确: '確',
  盖: '蓋',
  楼: '樓',
  称: '稱',
  改: '改',
  赠: '贈',
  掌: '掌',
  级: '級',
  级别: '級別',
  长: '長',
  按: '按',
  识: '識',
  别: '別',
  载入: '載入',
  怎: '怎',
  摄: '攝',
};

export function withTraditional(pattern: RegExp): RegExp {
  let out = '';
  let inClass = false;
  let escaped = false;
  for (const ch of pattern.source) {
    if (escaped) {
      out += ch;
      escaped = false;
      continue;
    }
    if (ch === '\\') {
      escaped = true;
      out += ch;
      continue;
    }
    if (ch === '[') inClass = true;
    else if (ch === ']') inClass = false;
    const traditional = ch.length === 1 ? TRADITIONAL[ch] : undefined;
    if (traditional && traditional !== ch)
      out += inClass ? ch + traditional : `[${ch}${traditional}]`;
    else out += ch;
  }
  return new RegExp(out, pattern.flags);
}
