import { describe, expect, it } from 'vitest';
import { compareCodePoints } from './code-point-order.ts';

describe('compareCodePoints', () => {
  it('puts an astral character (U+1F4F0) after U+FF01, unlike UTF-16 order', () => {
    const names = ['📰', '！', 'a'];
    expect([...names].sort(compareCodePoints)).toEqual(['a', '！', '📰']);
    expect([...names].sort()).toEqual(['a', '📰', '！']);
  });

  it('orders a prefix before the longer string and equal strings as equal', () => {
    expect(compareCodePoints('新闻', '新闻联播')).toBeLessThan(0);
    expect(compareCodePoints('新闻', '新闻')).toBe(0);
  });

  it('orders two astral characters by code point', () => {
    expect(['😀', '🌍'].sort(compareCodePoints)).toEqual(['🌍', '😀']);
  });
});
