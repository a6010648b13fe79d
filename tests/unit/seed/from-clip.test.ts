import { describe, expect, it } from 'vitest';
import { parseSeedFile, writeSeedFile } from '../../../utils/seed/front-matter';
import { clipToSeedDocument, type SeedSource } from '../../../utils/seed/from-clip';
import type { ClipResult } from '../../../utils/types';

const clip: ClipResult = {
  url: 'https://news.example.cn/a.html?utm_source=x',
  canonicalUrl: 'https://news.example.cn/a.html',
  id: '0123456789abcdef',
  meta: {
    title: '标题',
    siteName: '示例网',
    section: '要闻',
    author: '',
    source: '新华社',
    publishedAt: '2022-03-28T09:20:00.000Z',
    leadImage: 'https://news.example.cn/a.jpg',
    lang: 'zh',
    excerpt: '',
  },
  html: '<p>正文</p>',
  markdown: '正文\n',
  text: '正文',
  wordCount: 2,
  flags: [],
};

describe('clipToSeedDocument', () => {
  it('maps a ClipResult onto the seed front matter (html body like the seeds)', () => {
    const doc = clipToSeedDocument(clip, { bodyMode: 'html', category: '金融' });
    expect(doc).toEqual({
      frontMatter: {
        title: '标题',
        categories: ['金融', '示例网', '要闻'],
        headimg: 'https://news.example.cn/a.jpg',
        author: '示例网',
        comments: false,
        date: 'Mon, 28 Mar 2022 09:20:00 GMT',
        thumbnail: 'https://news.example.cn/a.jpg',
      },
      body: '<div>\n<p>正文</p>\n</div>',
    });
    expect(parseSeedFile(writeSeedFile(doc))).toEqual(doc);
  });

  it('uses the markdown body and the byline when there is one', () => {
    const doc = clipToSeedDocument(
      { ...clip, meta: { ...clip.meta, author: '张三' } },
      { bodyMode: 'markdown', category: '新媒体' },
    );
    expect(doc.body).toBe('正文\n');
    expect(doc.frontMatter?.author).toBe('张三');
  });

  it('dates a clip without a publication date by when it was clipped', () => {
    const stored: SeedSource = {
      meta: { ...clip.meta, publishedAt: null },
      html: '',
      markdown: '',
      clippedAt: Date.UTC(2024, 0, 2, 3, 4, 5),
    };
    const doc = clipToSeedDocument(stored, { bodyMode: 'markdown', category: 'c' });
    expect(doc.frontMatter?.date).toBe('Tue, 02 Jan 2024 03:04:05 GMT');
  });

  it('never writes "Invalid Date"', () => {
    const doc = clipToSeedDocument(
      { ...clip, meta: { ...clip.meta, publishedAt: 'not a date' } },
      { bodyMode: 'markdown', category: 'c', now: Date.UTC(2020, 5, 1) },
    );
    expect(doc.frontMatter?.date).toBe('Mon, 01 Jun 2020 00:00:00 GMT');
  });
});
