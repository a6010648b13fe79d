import { describe, expect, it } from 'vitest';
import { md } from './convert';

describe('figure and figcaption rules', () => {
  it('writes the image then the caption as an italic line', () => {
    expect(
      md('<figure><img src="/p.jpg" alt="图"><figcaption>新疆乌鲁木齐</figcaption></figure>'),
    ).toBe('![图](https://news.example.cn/p.jpg)\n\n*新疆乌鲁木齐*');
  });

  it('moves a caption that comes first below the image', () => {
    expect(
      md('<figure><figcaption>说明</figcaption><img src="https://cdn.example.com/a.png"></figure>'),
    ).toBe('![](https://cdn.example.com/a.png)\n\n*说明*');
  });

  it('drops an empty caption and an orphan caption is still an italic line', () => {
    expect(md('<figure><img src="/a.png"><figcaption> </figcaption></figure>')).toBe(
      '![](https://news.example.cn/a.png)',
    );
    expect(md('<figcaption>孤立说明</figcaption>')).toBe('*孤立说明*');
  });
});
