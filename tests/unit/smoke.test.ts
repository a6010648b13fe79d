import { describe, expect, it } from 'vitest';

describe('toolchain', () => {
  it('runs tests in jsdom', () => {
    expect(document.createElement('p').tagName).toBe('P');
  });
});
