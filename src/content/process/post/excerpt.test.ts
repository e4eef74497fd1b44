import { describe, expect, it } from 'vitest';
import { excerpt } from './excerpt.ts';

describe('excerpt', () => {
  it('collapses every kind of whitespace, U+3000 included', () => {
    expect(excerpt('　　第一段\n\n  第二段\u00a0完 ')).toBe('第一段 第二段 完');
  });

  it('keeps text of exactly the limit', () => {
    expect(excerpt('a'.repeat(160))).toBe('a'.repeat(160));
  });

  it('cuts longer text to the limit, ellipsis included', () => {
    const cut = excerpt('字'.repeat(200));
    expect(cut).toBe(`${'字'.repeat(159)}…`);
    expect(cut.length).toBe(160);
  });

  it('never cuts inside a surrogate pair', () => {
    const cut = excerpt(`${'a'.repeat(158)}😀😀😀`);
    expect(cut).toBe(`${'a'.repeat(158)}…`);
  });

  it('does not leave a space before the ellipsis', () => {
    expect(excerpt(`${'a'.repeat(158)} bcd`)).toBe(`${'a'.repeat(158)}…`);
  });
});
