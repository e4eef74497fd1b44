/** Median of the finite values (NaN when there are none). */
export function median(values: readonly number[]): number {
  const v = values.filter(Number.isFinite).sort((a, b) => a - b);
  if (v.length === 0) return NaN;
  const mid = v.length >> 1;
  return v.length % 2 ? v[mid] : (v[mid - 1] + v[mid]) / 2;
}

/** Formats a markdown table from rows of equal keys. */
export function table(rows: Record<string, string | number>[]): string {
  if (rows.length === 0) return '';
  const heads = Object.keys(rows[0]);
  const cells = rows.map((r) => heads.map((h) => String(r[h])));
  const width = heads.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i].length)));
  const line = (c: string[]) => `| ${c.map((x, i) => x.padEnd(width[i])).join(' | ')} |`;
  return [line(heads), line(width.map((w) => '-'.repeat(w))), ...cells.map(line)].join('\n');
}
