/**
 * The day files of the bundle: each list's per-day counts (`lists/<key>/days.json`) and every
 * category node's own counts in one compact file (`facets/days.json`).
 */
import { dayFacetsPath, listDaysPath, type DayFacets, type ListDays } from '../../bundle/schema.ts';

export interface DayCounts {
  /** Ascending by day: [YYYY-MM-DD, count]. */
  days: [string, number][];
  undated: number;
}

/** Per-day counts of a list's members (any order); members without a day count as undated. */
export function countDays(members: readonly { day: string | null }[]): DayCounts {
  const perDay = new Map<string, number>();
  let undated = 0;
  for (const { day } of members) {
    if (day === null) undated++;
    else perDay.set(day, (perDay.get(day) ?? 0) + 1);
  }
  // YYYY-MM-DD strings sort as dates; plain `<` is code-point order, the same on every machine.
  const days = [...perDay].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  return { days, undated };
}

export function listDaysFile(listKey: string, counts: DayCounts): [string, string] {
  const total = counts.days.reduce((sum, [, n]) => sum + n, counts.undated);
  const file: ListDays = { list: listKey, total, undated: counts.undated, days: counts.days };
  return [listDaysPath(listKey), JSON.stringify(file)];
}

/**
 * Every category node's own counts over one shared day axis, as [gap, count] pairs (see
 * `DayFacets`): a day string would cost 13 bytes, an axis gap one to three digits.
 */
export function dayFacetsFile(axis: readonly string[], own: ReadonlyMap<string, DayCounts>): [string, string] {
  const position = new Map(axis.map((day, i) => [day, i]));
  const facets: DayFacets = { days: [...axis], counts: {}, undated: {} };
  for (const [key, counts] of own) {
    const pairs: number[] = [];
    let previous = 0;
    for (const [day, count] of counts.days) {
      const at = position.get(day);
      if (at === undefined) throw new Error(`day ${day} of list ${key} is not on the day axis`);
      pairs.push(at - previous, count);
      previous = at;
    }
    if (pairs.length) facets.counts[key] = pairs;
    if (counts.undated > 0) facets.undated[key] = counts.undated;
  }
  return [dayFacetsPath(), JSON.stringify(facets)];
}
