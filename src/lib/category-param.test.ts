import { describe, expect, it } from 'vitest';
import { decodeCategoryParam, encodeCategoryParam } from './category-param.ts';

describe('encodeCategoryParam', () => {
  it('joins names with a slash', () => {
    expect(encodeCategoryParam(['金融', '新浪财经'])).toBe('金融/新浪财经');
  });
  it('escapes a slash inside a name', () => {
    expect(encodeCategoryParam(['A/B 测试'])).toBe('A\\/B 测试');
  });
  it('escapes a backslash inside a name', () => {
    expect(encodeCategoryParam(['C:\\dir'])).toBe('C:\\\\dir');
  });
});

describe('decodeCategoryParam', () => {
  it('splits on unescaped slashes', () => {
    expect(decodeCategoryParam('金融/新浪财经/新浪财经－国內')).toEqual(['金融', '新浪财经', '新浪财经－国內']);
  });
  it('keeps an escaped slash inside the name', () => {
    expect(decodeCategoryParam('二次元/A\\/B 测试')).toEqual(['二次元', 'A/B 测试']);
  });
  it('keeps an escaped backslash inside the name', () => {
    expect(decodeCategoryParam('C:\\\\dir')).toEqual(['C:\\dir']);
  });
  it('keeps the character after an unknown escape', () => {
    expect(decodeCategoryParam('a\\xb')).toEqual(['axb']);
  });
  it('keeps a trailing lone backslash', () => {
    expect(decodeCategoryParam('a\\')).toEqual(['a\\']);
  });
  it('round-trips names with slashes and backslashes', () => {
    const path = ['a/b\\', '\\/', 'c'];
    expect(decodeCategoryParam(encodeCategoryParam(path))).toEqual(path);
  });
});
