import { useMemo } from 'react';
import { keepPreviousData, useQuery, useQueryClient } from '@tanstack/react-query';
import type { SearchDocs } from '../../../search/index-format.ts';
import type { ParsedQuery, SearchHits } from '../../../search/query.ts';
import { searchDocsQueryOptions, searchHitsQueryOptions } from '../api/get-search-index.ts';
import { searchCodeQueryOptions } from '../api/search-code.ts';
import type { Marker } from '../lib/marker.ts';

export interface SearchResults {
  /** The query as read; null while the search code loads (or when there is no query). */
  parsed: ParsedQuery | null;
  /** What the query marks; null when it marks nothing. */
  marker: Marker | null;
  /** The ranked hits; null while they load (or when there is nothing to look up). */
  hits: SearchHits | null;
  /**
   * Per-article categories: needed for a category filter and the sidebar's counts, not for the
   * rows of the whole archive, so the first rows do not wait for them. Null while they load.
   */
  docs: SearchDocs | null;
  /** Whether the hits shown belong to an earlier query (the new one is loading). */
  stale: boolean;
  error: Error | null;
  retry: () => void;
}

const NOTHING = { reading: '', tokens: [], groups: [], exclude: [] };

/** Results order: newest first (title matches first), or by relevance. */
export type SearchSort = 'newest' | 'relevance';

/** The results of query text `q` (from the URL), in `sort` order. Fetches nothing when `q` has no tokens. */
export function useSearchResults(q: string, sort: SearchSort = 'newest'): SearchResults {
  const code = useQuery({ ...searchCodeQueryOptions, enabled: q !== '' });
  const searchCode = q !== '' ? code.data : undefined;
  const parsed = useMemo(() => (searchCode ? searchCode.parseQuery(q) : null), [searchCode, q]);
  const marker = useMemo((): Marker | null => {
    if (!searchCode || !parsed || parsed.terms.length === 0) return null;
    const { terms } = parsed;
    return { key: terms.map((term) => term.text).join(' '), ranges: (text) => searchCode.highlightRanges(text, terms) };
  }, [searchCode, parsed]);
  const queryClient = useQueryClient();
  const enabled = (parsed?.tokens.length ?? 0) > 0;
  // While typing, the previous query's rows stay until the next ones arrive.
  const hits = useQuery({ ...searchHitsQueryOptions(queryClient, parsed ?? NOTHING), enabled, placeholderData: keepPreviousData });
  const docs = useQuery({ ...searchDocsQueryOptions, enabled });
  return {
    parsed,
    marker,
    hits: enabled && hits.data ? (sort === 'relevance' ? hits.data.byRelevance ?? hits.data : hits.data) : null,
    docs: enabled ? docs.data ?? null : null,
    stale: hits.isPlaceholderData,
    error: code.error ?? hits.error ?? docs.error,
    retry: () => {
      if (code.error) void code.refetch();
      if (hits.error) void hits.refetch();
      if (docs.error) void docs.refetch();
    },
  };
}
