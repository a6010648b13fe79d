import { lineRule } from '../line-rule';

/** Copyright and contact lines: 版权所有, Copyright ©, ICP备, 电话/传真/邮箱/地址 lines. */
export const removeLegalNotices = lineRule({
  name: 'remove-legal-notices',
  pattern:
    /版权所有|copyright\s*(?:©|\(c\)|\d{4})|©\s*\d{4}|all rights reserved|ICP[备证]|(?:^|\s)(?:电话|传真|邮箱|电子邮件|e-?mail|地址|邮编|热线|客服)\s*[:：]|处理时间\s*[:：]|违法和不良信息举报/i,
  maxLength: 120,
});
