import { describe, expect, it } from 'vitest';
import { removeForms } from '@/utils/pipeline/clean/rules/remove-forms';
import { applyRule, PROSE } from './helpers';

describe('remove-forms', () => {
  it('removes a login form and loose controls but keeps a page-wrapping form’s text', () => {
    const { text } = applyRule(
      removeForms,
      `<form><input type="password">密码登录</form><form id="aspnet">${PROSE.repeat(8)}<button>确 定</button></form>`,
    );
    expect(text).not.toContain('密码登录');
    expect(text).not.toContain('确 定');
    expect(text).toContain(PROSE);
  });
});
