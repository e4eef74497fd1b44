import { useDeferredValue, useMemo } from 'react';
import type { BundleIndex, CategoryNode } from '../../../bundle/schema.ts';
import { useKeyedValue } from '../../../lib/use-keyed-value.ts';
import { once, rowsOf, spanKeyOf } from '../lib/hit-rows.ts';
import { categoryCountsOfHits, dayOfOrdinal, tallyOfHits, type OrdinalSpan, type ResultTally } from '../lib/search-results.ts';
import { useSearchResults, type SearchResults, type SearchSort } from './use-search-results.ts';

export interface SearchRows {
  results: SearchResults;
  /** Whether `q` has anything to look up (false: no query, or a notice such as "too short"). */
  active: boolean;
  /** Rows of the `all` list that match, ranked, inside the category and date span; null while loading. */
  rows: Int32Array | null;
  /**
   * Per-day counts of the matches in the category (any date): the timeline's bars. Computed
   * after the rows have painted; null until then.
   */
  tally: ResultTally | null;
  /** Per category key, matches inside the date span (the sidebar's counts); null until known. */
  categoryCounts: Map<string, number> | null;
  /** Matches inside the date span (any category); null while loading. */
  total: number | null;
}

/**
 * The query `q` applied to the current view: `node` (null = whole archive) and `span`, the rows
 * of the `all` list a date filter keeps (null = no date filter).
 */
export function useSearchRows(q: string, sort: SearchSort, index: BundleIndex, node: CategoryNode | null, span: OrdinalSpan | null): SearchRows {
  const results = useSearchResults(q, sort);
  const { hits, docs } = results;
  const rows = hits ? rowsOf(hits, docs, node, span) : null;
  const total = hits ? rowsOf(hits, null, null, span)!.length : null;
  // The timeline and the sidebar's counts go over every hit: they are worked out in a render of
  // their own after the rows have painted, and never show another query's numbers meanwhile.
  const laterHits = useDeferredValue(hits);
  const laterDocs = useDeferredValue(docs);
  const current = laterHits !== null && laterHits === hits && laterDocs === docs;
  // `node` and `span` are rebuilt every render; their keys are what matter.
  const nodeKey = node?.key ?? '';
  const spanKey = spanKeyOf(span);
  const keptNode = useKeyedValue(node, nodeKey);
  const keptSpan = useKeyedValue(span, spanKey);
  const tally = useMemo(() => {
    if (!current || !laterHits) return null;
    const inNode = rowsOf(laterHits, laterDocs, keptNode, null);
    return inNode && once(laterHits, `tally|${nodeKey}`, () => tallyOfHits(inNode, dayOfOrdinal(index)));
  }, [current, laterHits, laterDocs, index, keptNode, nodeKey]);
  const categoryCounts = useMemo(() => {
    if (!current || !laterHits || !laterDocs) return null;
    const inSpan = rowsOf(laterHits, null, null, keptSpan)!;
    return once(laterHits, `counts|${spanKey}`, () => categoryCountsOfHits(inSpan, laterDocs, index.categories));
  }, [current, laterHits, laterDocs, index, keptSpan, spanKey]);
  return {
    results,
    // Until the search code has read the query, a query is taken to have something to look up.
    active: results.parsed ? results.parsed.tokens.length > 0 : q !== '',
    rows,
    tally,
    categoryCounts,
    total,
  };
}
