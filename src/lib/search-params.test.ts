import { describe, expect, it } from 'vitest';
import { parseSearch, stringifySearch } from './search-params.ts';

describe('stringifySearch', () => {
  it('writes Chinese and slashes as they are', () => {
    expect(stringifySearch({ category: '金融/新浪财经' })).toBe('?category=金融/新浪财经');
  });
  it('writes nothing for an empty search', () => {
    expect(stringifySearch({})).toBe('');
  });
  it('leaves out undefined and empty values', () => {
    expect(stringifySearch({ category: undefined, q: '' })).toBe('');
  });
  it('encodes characters that would change the query', () => {
    expect(stringifySearch({ category: 'a&b=c#d+e f%' })).toBe('?category=a%26b%3Dc%23d%2Be%20f%25');
  });
  it('keeps backslash escapes of the category param', () => {
    expect(stringifySearch({ category: 'A\\/B' })).toBe('?category=A\\/B');
  });
  it('keeps emoji and other characters beyond the BMP, drops only a lone surrogate', () => {
    expect(stringifySearch({ q: '🚀火箭𠮷' })).toBe('?q=🚀火箭𠮷');
    expect(stringifySearch({ q: 'a\uD83Db' })).toBe('?q=ab');
  });
  it('writes numbers plainly', () => {
    expect(stringifySearch({ page: 3 })).toBe('?page=3');
  });
});

describe('parseSearch', () => {
  it('reads percent-encoded UTF-8', () => {
    expect(parseSearch('?category=%E9%87%91%E8%9E%8D%2F%E6%96%B0')).toEqual({ category: '金融/新' });
  });
  it('reads what stringifySearch writes', () => {
    const search = { category: 'a&b=c#d+e f%/金\\/x' };
    expect(parseSearch(stringifySearch(search))).toEqual(search);
  });
  it('keeps the first of repeated keys', () => {
    expect(parseSearch('?category=a&category=b')).toEqual({ category: 'a' });
  });
});
