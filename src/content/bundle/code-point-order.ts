/**
 * Locale-independent string order by Unicode code points. JavaScript's `<` compares UTF-16
 * code units, which puts astral characters (emoji, rare CJK) before U+E000–U+FFFF; sorting
 * by code points keeps the order identical to a byte-wise UTF-8 sort on every machine.
 */
export function compareCodePoints(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const x = a.charCodeAt(i);
    const y = b.charCodeAt(i);
    if (x !== y) return codePointRank(x) - codePointRank(y);
  }
  return a.length - b.length;
}

/** Moves surrogates above U+E000–U+FFFF so code-unit order becomes code-point order. */
function codePointRank(unit: number): number {
  if (unit >= 0xd800 && unit <= 0xdfff) return unit + 0x2000;
  if (unit >= 0xe000) return unit - 0x800;
  return unit;
}
