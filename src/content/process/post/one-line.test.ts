import { describe, expect, it } from 'vitest';
import { oneLine } from './one-line.ts';

describe('oneLine', () => {
  it('keeps the ideographic spaces of a CJK headline', () => {
    expect(oneLine('3人打針後血管迷走神經昏厥　醫生：正常反射動作　毋關疫苗成份')).toBe('3人打針後血管迷走神經昏厥　醫生：正常反射動作　毋關疫苗成份');
  });
  it('collapses runs of ASCII whitespace and line breaks into one space', () => {
    expect(oneLine('a \t b\r\n\nc\u2028d')).toBe('a b c d');
  });
  it('trims the ends, ideographic spaces included (an indent is not part of a title)', () => {
    expect(oneLine(' \u3000标题\u3000 \n')).toBe('标题');
  });
});
