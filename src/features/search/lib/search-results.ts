/**
 * From index hits to what the views show: the hits a category and a date span keep, and the
 * counts the timeline and the sidebar show for a query. Pure functions over loaded data.
 * Hits are ordinals: rows of the `all` list, which runs newest first with undated articles last.
 */
import type { BundleIndex, CategoryNode, ListDays } from '../../../bundle/schema.ts';
import type { SearchDocs } from '../../../search/index-format.ts';

export type ResultTally = Pick<ListDays, 'total' | 'undated' | 'days'>;

/** Rows [offset, offset + count) of the `all` list that a date filter keeps. */
export interface OrdinalSpan {
  offset: number;
  count: number;
}

/** Indexes (into `docs.keys`) of a node's key and of every key below it. */
export function categoryKeysOf(docs: SearchDocs, node: CategoryNode): Set<number> {
  const wanted = new Set<string>();
  const visit = (n: CategoryNode) => {
    wanted.add(n.key);
    n.children.forEach(visit);
  };
  visit(node);
  const out = new Set<number>();
  docs.keys.forEach((key, i) => {
    if (wanted.has(key)) out.add(i);
  });
  return out;
}

/**
 * The hits (in rank order) inside `span` and, when given, in one of `categories`. `docs` is
 * only read for the categories: without them, the rows are known before docs.json arrives.
 */
export function filterHits(
  hits: Int32Array,
  docs: SearchDocs | null,
  categories: Set<number> | null,
  span: OrdinalSpan | null,
): Int32Array {
  if (!categories && !span) return hits;
  if (categories && !docs) throw new Error('filterHits: a category filter needs the docs');
  const end = span ? span.offset + span.count : Infinity;
  return hits.filter(
    (ordinal) => (!span || (ordinal >= span.offset && ordinal < end)) && (!categories || categories.has(docs!.category[ordinal])),
  );
}

/** The day of each ordinal, from the archive's per-day counts (`index.days`, ascending). */
export function dayOfOrdinal(index: Pick<BundleIndex, 'days' | 'total' | 'undated'>): (ordinal: number) => string | null {
  // Newest day first: ends[i] is one past the last ordinal of newest-first day i.
  const days = index.days.map(([day]) => day).reverse();
  const ends: number[] = [];
  let sum = 0;
  for (let i = index.days.length - 1; i >= 0; i--) ends.push((sum += index.days[i][1]));
  return (ordinal) => {
    if (ordinal >= sum) return null;
    let lo = 0;
    let hi = ends.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (ends[mid] > ordinal) hi = mid;
      else lo = mid + 1;
    }
    return days[lo];
  };
}

/** Per-day counts of a set of hits, shaped like a list's (for the timeline and presets). */
export function tallyOfHits(hits: Int32Array, dayOf: (ordinal: number) => string | null): ResultTally {
  const counts = new Map<string, number>();
  let undated = 0;
  // Hits come in runs of ascending ordinals (title matches, then body matches), so neighbours
  // often share a day: count a run of one day before touching the map.
  let day: string | null | undefined;
  let run = 0;
  const flush = () => {
    if (day === null) undated += run;
    else if (day !== undefined) counts.set(day, (counts.get(day) ?? 0) + run);
  };
  for (const ordinal of hits) {
    const next = dayOf(ordinal);
    if (next === day) {
      run++;
      continue;
    }
    flush();
    day = next;
    run = 1;
  }
  flush();
  const days = [...counts].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  return { total: hits.length, undated, days };
}

/** Per category key, the hits in that node or below it. */
export function categoryCountsOfHits(hits: Int32Array, docs: SearchDocs, roots: readonly CategoryNode[]): Map<string, number> {
  // Counted by key index (a typed array), then named: a map update per hit is the slow part.
  const perKey = new Int32Array(docs.keys.length);
  for (const ordinal of hits) {
    const k = docs.category[ordinal];
    if (k >= 0 && k < perKey.length) perKey[k]++;
  }
  const own = new Map<string, number>();
  docs.keys.forEach((key, i) => {
    if (perKey[i]) own.set(key, (own.get(key) ?? 0) + perKey[i]);
  });
  const counts = new Map<string, number>();
  const visit = (node: CategoryNode): number => {
    let sum = own.get(node.key) ?? 0;
    for (const child of node.children) sum += visit(child);
    counts.set(node.key, sum);
    return sum;
  };
  roots.forEach(visit);
  return counts;
}
