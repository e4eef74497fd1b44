import { describe, expect, it } from 'vitest';
import { fileNameFromTitle, UniquePaths } from './file-names.ts';

describe('fileNameFromTitle', () => {
  it('keeps quotes, %, #, spaces and full-width characters', () =>
    expect(fileNameFromTitle(`"涨幅" 35% #开源# ？`)).toBe(`"涨幅" 35% #开源# ？`));
  it('replaces / and : with _', () => expect(fileNameFromTitle('AC/DC: 巡演')).toBe('AC_DC_ 巡演'));
  it('drops line breaks but keeps the indentation around them', () =>
    expect(fileNameFromTitle('19_15\n    \n  BNB')).toBe('19_15      BNB'));
  it('gives an empty name for an empty title', () => expect(fileNameFromTitle('')).toBe(''));
  it('cuts long names at a character boundary under 180 bytes', () => {
    const name = fileNameFromTitle('长'.repeat(100));
    expect(name).toBe('长'.repeat(60));
  });
});

describe('UniquePaths', () => {
  it('suffixes a repeated name, ignoring case', () => {
    const paths = new UniquePaths();
    expect(paths.claim('post/a', 'News')).toBe('post/a/News.md');
    expect(paths.claim('post/a', 'news')).toBe('post/a/news-2.md');
    expect(paths.claim('post/a', 'News')).toBe('post/a/News-3.md');
    expect(paths.claim('post/b', 'News')).toBe('post/b/News.md');
  });
});
