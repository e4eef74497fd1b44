import { useMemo } from 'react';
import type { BundleIndex, CategoryNode } from '../../../bundle/schema.ts';
import {
  categoryCountsOfHits,
  categoryKeysOf,
  dayOfOrdinal,
  filterHits,
  tallyOfHits,
  type OrdinalSpan,
  type ResultTally,
} from '../lib/search-results.ts';
import { useSearchResults, type SearchResults } from './use-search-results.ts';

export interface SearchRows {
  results: SearchResults;
  /** Whether `q` has anything to look up (false: no query, or a notice such as "too short"). */
  active: boolean;
  /** Rows of the `all` list that match, ranked, inside the category and date span; null while loading. */
  rows: Int32Array | null;
  /** Per-day counts of the matches in the category (any date): the timeline's bars. */
  tally: ResultTally | null;
  /** Per category key, matches inside the date span (the sidebar's counts), and their total. */
  categoryCounts: Map<string, number> | null;
  total: number | null;
}

/**
 * The query `q` applied to the current view: `node` (null = whole archive) and `span`, the rows
 * of the `all` list a date filter keeps (null = no date filter).
 */
export function useSearchRows(q: string, index: BundleIndex, node: CategoryNode | null, span: OrdinalSpan | null): SearchRows {
  const results = useSearchResults(q);
  const data = results.data;
  const spanKey = span ? `${span.offset}+${span.count}` : '';
  const derived = useMemo(() => {
    if (!data) return null;
    const { hits, docs } = data;
    const categories = node ? categoryKeysOf(docs, node) : null;
    const inSpan = filterHits(hits.ordinals, docs, null, span);
    return {
      rows: filterHits(hits.ordinals, docs, categories, span),
      tally: tallyOfHits(filterHits(hits.ordinals, docs, categories, null), dayOfOrdinal(index)),
      categoryCounts: categoryCountsOfHits(inSpan, docs, index.categories),
      total: inSpan.length,
    };
    // `span` is rebuilt every render; its numbers are what matter.
  }, [data, index, node?.key, spanKey]);
  return {
    results,
    active: results.parsed.tokens.length > 0,
    rows: derived?.rows ?? null,
    tally: derived?.tally ?? null,
    categoryCounts: derived?.categoryCounts ?? null,
    total: derived?.total ?? null,
  };
}
