import { lineRule } from '../line-rule';

/**
 * Rating and comment widgets' lines: 请您对该文章评分, 跟贴, 网友评论, 发表评论, 我要评论,
 * "有 N 人参与", "N 条评论", read counters (您是本文第 N 个阅览者, "(阅读:N;评论:N)") — short
 * lines only, so an article quoting a comment survives.
 */
export const removeCommentWidgets = lineRule({
  name: 'remove-comment-widgets',
  pattern:
    /请您对.{0,6}评分|人已评|跟贴|跟帖|网友评论|发表评论|我要评论|查看评论|评论\s*\(?\d*\)?\s*$|^\s*评论\s*[:：]|(?:已有|有)\s*\d*\s*人参与|\d+\s*条评论|评论\d+条|^\s*(?:post a comment|leave a (?:comment|reply)|\d+ comments?)\s*$|登\s*录\s*注\s*册|网友.*仅代表.*(?:个人|本人).*观点|昵称[:：]|匿名发表|评价这篇文章|点击登录|修改昵称|盖楼|^确\s*定$|返回.{0,10}首页$|社\s*群\s*回\s*应|新闻脸谱|直接看结果|正在载入|加载中\.*$|trackback|[(（]\s*\d+\s*票\s*[)）]\s*$|已被?(?:阅读|浏览|访问)\s*\d+\s*次|您是(?:本文|本帖|本贴)?第\s*\d+\s*[个位](?:阅览者|访问者|读者|浏览者)|[(（]\s*阅读\s*[:：]\s*\d+\s*[;；,，]\s*评论\s*[:：]\s*\d+\s*[)）]/i,
  maxLength: 50,
});
