import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { DEFAULT_POST_OPTIONS, parsePost } from './parse-post.ts';
import { originalLink } from './original-link.ts';

describe('originalLink: front matter', () => {
  it('takes the first named field holding an absolute http(s) address', () => {
    expect(originalLink({ link: 'https://example.org/a?b=1' }, '')).toBe('https://example.org/a?b=1');
    expect(originalLink({ url: 'http://example.org/x' }, '')).toBe('http://example.org/x');
    expect(originalLink({ permalink: '/2021/03/post/', source: 'https://news.example/p' }, '')).toBe('https://news.example/p');
    expect(originalLink({ link: 'https://a.example/', original: 'https://b.example/' }, '')).toBe('https://a.example/');
  });
  it('passes over relative, scriptable and malformed values, and non-text ones', () => {
    expect(originalLink({ permalink: '/2021/03/post/' }, '')).toBeNull();
    expect(originalLink({ link: 'javascript:alert(1)' }, '')).toBeNull();
    expect(originalLink({ url: 'https://exa mple.org/' }, '')).toBeNull();
    expect(originalLink({ link: ['https://example.org/'], url: 42 }, '')).toBeNull();
  });
});

describe('originalLink: body', () => {
  it('takes a canonical link', () => {
    expect(originalLink({}, '<link rel="canonical" href="https://example.org/c"><p>text</p>')).toBe('https://example.org/c');
  });
  it('takes a link whose whole text names the original', () => {
    for (const text of ['阅读原文', '原文链接', '原文地址', '查看原文', '查看知乎原文', 'Read more »', 'Source', 'ORIGINAL', '【阅读原文】']) {
      expect(originalLink({}, `<p>正文 <a href="https://example.org/o">${text}</a></p>`), text).toBe('https://example.org/o');
    }
  });
  it('takes a link right after a label that is its line', () => {
    expect(originalLink({}, '<br><strong>原文链接：<a href="https://example.org/l">A title</a></strong>')).toBe('https://example.org/l');
    expect(originalLink({}, '<p>Source: <a href="https://example.org/s">Reuters</a></p>')).toBe('https://example.org/s');
  });
  it('guesses nothing from other links', () => {
    expect(originalLink({}, '<p>他<a href="https://example.org/d">决定</a>发布源代码 (source)</p>')).toBeNull();
    expect(originalLink({}, '<p>Image source: <a href="https://getty.example/">Getty</a></p>')).toBeNull();
    expect(originalLink({}, '<p><a href="https://example.org/">read more about sources</a></p>')).toBeNull();
    expect(originalLink({}, '<p><a href="/relative">阅读原文</a></p>')).toBeNull();
  });
  it('prefers front matter to the body', () => {
    expect(originalLink({ link: 'https://fm.example/' }, '<a href="https://body.example/">阅读原文</a>')).toBe('https://fm.example/');
  });
});

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../..');
const corpus = path.resolve(repoRoot, '../shared/corpus/rsshub-page');

describe.skipIf(!existsSync(corpus))('original links of the real sample (rsshub-page)', () => {
  it('finds the marked source links and nothing else', () => {
    const files = (readdirSync(corpus, { recursive: true }) as string[]).filter((f) => f.endsWith('.md')).map((f) => f.split(path.sep).join('/')).sort();
    const found = new Map<string, string>();
    for (const file of files) {
      const url = parsePost(file, readFileSync(path.join(corpus, file)), DEFAULT_POST_OPTIONS).post?.originalUrl;
      if (url) found.set(file, url);
    }
    console.log(`original links: ${found.size} of ${files.length} posts\n${[...found].map(([f, u]) => `  ${f} → ${u}`).join('\n')}`);
    // Checked by hand: the sample's front matter names no source address; two bodies mark one.
    expect(Object.fromEntries(found)).toEqual({
      'source/_posts/编程/Dockone/周报/Cilium 112正式发布.md':
        'https://www.cncf.io/blog/2022/07/20/cilium-1-12-ga-cilium-service-mesh-and-other-major-new-features-for-enterprise-kubernetes/',
      'source/_posts/社交媒体/知乎/知乎日报/10% 闪避率和 10% 减伤哪个实战里更强？.md': 'https://www.zhihu.com/question/536168349/answer/2518199805',
    });
  });
});
