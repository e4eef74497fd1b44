import { useMemo } from 'react';
import { keepPreviousData, useQuery, useQueryClient } from '@tanstack/react-query';
import type { SearchDocs } from '../../../search/index-format.ts';
import { parseQuery, type ParsedQuery, type SearchHits } from '../../../search/query.ts';
import { searchDocsQueryOptions, searchHitsQueryOptions } from '../api/get-search-index.ts';

export interface SearchResults {
  parsed: ParsedQuery;
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

/** The results of query text `q` (from the URL). Fetches nothing when `q` has no tokens. */
export function useSearchResults(q: string): SearchResults {
  const parsed = useMemo(() => parseQuery(q), [q]);
  const queryClient = useQueryClient();
  const enabled = parsed.tokens.length > 0;
  // While typing, the previous query's rows stay until the next ones arrive.
  const hits = useQuery({ ...searchHitsQueryOptions(queryClient, parsed.tokens), enabled, placeholderData: keepPreviousData });
  const docs = useQuery({ ...searchDocsQueryOptions, enabled });
  return {
    parsed,
    hits: enabled ? hits.data ?? null : null,
    docs: enabled ? docs.data ?? null : null,
    stale: hits.isPlaceholderData,
    error: hits.error ?? docs.error,
    retry: () => {
      if (hits.error) void hits.refetch();
      if (docs.error) void docs.refetch();
    },
  };
}
