import { describe, expect, it } from 'vitest';
import { formatCount } from './format-count.ts';

describe('formatCount', () => {
  const values = [0, 1, 9, 10, 99, 100, 999, 1000, 1001, 9999, 12345, 100000, 999999, 1000000, 1234567, 98765432, 123456789012, Number.MAX_SAFE_INTEGER];
  for (const locale of ['zh-CN', 'en']) {
    it(`writes whole counts as Intl does for ${locale}`, () => {
      const intl = new Intl.NumberFormat(locale);
      for (const value of values) expect(formatCount(value, locale), String(value)).toBe(intl.format(value));
    });
  }

  it('leaves fractions, negatives and unsafe numbers to Intl', () => {
    for (const value of [1234.5, -1234, 2 ** 60]) expect(formatCount(value, 'en')).toBe(new Intl.NumberFormat('en').format(value));
  });
});
