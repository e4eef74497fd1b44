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

/**
 * Field by field over records of the same shape (sessions, builds): the median of each field's
 * numbers, null where no record has one, and the highest value for the fields in `highest`.
 */
export function medians<T extends object>(records: readonly T[], highest: readonly (keyof T)[] = []): { [K in keyof T]: number | null } {
  const keys = Object.keys(records[0]) as (keyof T)[];
  return Object.fromEntries(
    keys.map((key) => {
      const values = records.map((record) => record[key] as unknown as number | null);
      if (highest.includes(key)) return [key, Math.max(...(values as number[]))];
      return [key, values.every((value) => value === null) ? null : median(values as number[])];
    }),
  ) as { [K in keyof T]: number | null };
}
