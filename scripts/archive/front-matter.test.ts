import { describe, expect, it } from 'vitest';
import { brokenQuoted, renderFrontMatter, yamlTitle } from './front-matter.ts';

describe('yamlTitle', () => {
  it('writes a plain title as is', () => expect(yamlTitle('7-Zip 发布新版', 'plain')).toBe('7-Zip 发布新版'));
  it('single-quotes in quoted mode', () => expect(yamlTitle('10% 的人', 'quoted')).toBe("'10% 的人'"));
  it("double-quotes a title holding '", () => expect(yamlTitle("'de melkweg'", 'quoted')).toBe(`"'de melkweg'"`));
  it('escapes " in a valid double-quoted title holding both kinds', () =>
    expect(yamlTitle(`"a" 'b'`, 'quoted')).toBe(`"\\"a\\" 'b'"`));
  it('uses the broken style for both kinds when asked', () =>
    expect(yamlTitle(`"a" 'b'`, 'quoted', true)).toBe(`"""""""'"a" 'b''"""""""`));
  it('writes a plain multi-line title with indented continuation lines', () =>
    expect(yamlTitle('19_15\nBNB', 'plain')).toBe(`19_15\n${' '.repeat(20)}\n${' '.repeat(18)}BNB`));
  it('writes an empty plain title as nothing', () => expect(yamlTitle('', 'plain')).toBe(''));
  it('wraps in seven double quotes', () => expect(brokenQuoted('SP')).toBe(`"""""""'SP'"""""""`));
});

describe('renderFrontMatter', () => {
  it('writes the old post/ style: 4-space items, unquoted URL, bare thumbnail', () => {
    expect(renderFrontMatter({
      style: 'old', titleText: '标题', categories: ['科技', '星河 - 首页'], blankAfterCategories: false,
      author: '星河 - 首页', date: 'Sat, 13 Mar 2021 12:58:00 GMT', thumbnail: null, quoteUrls: false,
    })).toBe('\n---\ntitle: 标题\ncategories: \n    - 科技\n    - 星河 - 首页\nauthor: 星河 - 首页\ncomments: false\ndate: Sat, 13 Mar 2021 12:58:00 GMT\nthumbnail: \n---\n');
  });

  it('writes the source/_posts style: 1-space items, headimg, quoted URLs, null and empty items', () => {
    expect(renderFrontMatter({
      style: 'new', titleText: "'标题'", categories: ['科技', '', '首页', null], blankAfterCategories: false,
      headimg: '/images/a.png', author: '星河', date: '2022-09-10 05:10:04', thumbnail: '/images/a.png', quoteUrls: true,
    })).toBe("\n---\ntitle: '标题'\ncategories: \n - 科技\n - ''\n - 首页\n - \nheadimg: '/images/a.png'\nauthor: 星河\ncomments: false\ndate: 2022-09-10 05:10:04\nthumbnail: '/images/a.png'\n---\n");
  });

  it('leaves a blank line after a three-level post/ list and omits an undefined thumbnail', () => {
    expect(renderFrontMatter({
      style: 'old', titleText: "'T'", categories: ['a', 'b', 'c'], blankAfterCategories: true,
      author: 'b', date: 'Invalid Date', thumbnail: undefined, quoteUrls: true,
    })).toBe("\n---\ntitle: 'T'\ncategories: \n    - a\n    - b\n    - c\n\nauthor: b\ncomments: false\ndate: Invalid Date\n---\n");
  });
});
