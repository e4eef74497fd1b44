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
  const own = (key: string): number => {
    if (filter.kind === 'undated') return facets.undated[key] ?? 0;
    const pairs = facets.counts[key];
    if (!pairs) return 0;
    let sum = 0;
    let at = 0;
    for (let i = 0; i < pairs.length; i += 2) {
      at += pairs[i];
      const day = facets.days[at];
      if (filter.to !== null && day > filter.to) break;
      if (filter.from === null || day >= filter.from) sum += pairs[i + 1];
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
