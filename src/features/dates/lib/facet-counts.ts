/**
 * The sidebar's counts under a date filter: each category node's articles that the filter
 * keeps, from `facets/days.json` (each node's own articles, summed here over its subtree).
 */
import type { CategoryNode, DayFacets } from '../../../bundle/schema.ts';
import type { DateFilter } from './date-filter.ts';

/** Per category key, the articles of the node and its descendants that `filter` keeps. */
export function categoryCountsInFilter(
  facets: DayFacets,
  roots: readonly CategoryNode[],
  filter: Exclude<DateFilter, { kind: 'none' }>,
): Map<string, number> {
  // The range as positions in `facets.days` (ascending), found once: the loop over every
  // node's days then compares numbers, not day strings.
  const first = filter.kind === 'range' && filter.from !== null ? firstAtOrAfter(facets.days, filter.from) : 0;
  const end = filter.kind === 'range' && filter.to !== null ? firstAtOrAfter(facets.days, filter.to, true) : facets.days.length;
  const own = (key: string): number => {
    if (filter.kind === 'undated') return facets.undated[key] ?? 0;
    const pairs = facets.counts[key];
    if (!pairs) return 0;
    let sum = 0;
    let at = 0;
    for (let i = 0; i < pairs.length; i += 2) {
      at += pairs[i];
      if (at >= end) break;
      if (at >= first) sum += pairs[i + 1];
    }
    return sum;
  };
  const counts = new Map<string, number>();
  const visit = (node: CategoryNode): number => {
    let sum = own(node.key);
    for (const child of node.children) sum += visit(child);
    counts.set(node.key, sum);
    return sum;
  };
  roots.forEach(visit);
  return counts;
}

/** The first position in ascending `days` whose day is at or after `day` (after it, with `after`). */
function firstAtOrAfter(days: readonly string[], day: string, after = false): number {
  let low = 0;
  let high = days.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (days[mid] < day || (after && days[mid] === day)) low = mid + 1;
    else high = mid;
  }
  return low;
}
