/**
 * The search index files (format: src/search/index-format.ts). Nothing here is fetched until
 * a query has something to look up; then only the shards of its tokens are.
 */
import { queryOptions, type QueryClient } from '@tanstack/react-query';
import {
  SEARCH_VERSION,
  searchDocsPath,
  searchMetaPath,
  searchShardPath,
  shardOf,
  type SearchDocs,
  type SearchMeta,
  type SearchShard,
} from '../../../search/index-format.ts';
import type { ParsedQuery, SearchHits } from '../../../search/query.ts';
import { fetchData } from '../../../lib/fetch-data.ts';
import { loadSearchCode } from './search-code.ts';

const searchMetaQueryOptions = queryOptions({
  queryKey: ['search', 'meta'],
  queryFn: ({ signal }) => fetchData<SearchMeta>(searchMetaPath(), signal),
  staleTime: Infinity,
});

/** Per-article categories, for filtering hits and counting them per category. */
export const searchDocsQueryOptions = queryOptions({
  queryKey: ['search', 'docs'],
  queryFn: ({ signal }) => fetchData<SearchDocs>(searchDocsPath(), signal),
  staleTime: Infinity,
});

const searchShardQueryOptions = (shard: number) =>
  queryOptions({
    queryKey: ['search', 'shard', shard],
    queryFn: ({ signal }) => fetchData<SearchShard>(searchShardPath(shard), signal),
    staleTime: Infinity,
  });

/** The ranked hits of a parsed query (its reading is its key: the same reading, the same hits). */
export const searchHitsQueryOptions = (queryClient: QueryClient, parsed: Pick<ParsedQuery, 'reading' | 'tokens' | 'groups' | 'exclude'>) =>
  queryOptions({
    queryKey: ['search', 'hits', parsed.reading],
    queryFn: async (): Promise<SearchHits> => {
      const [meta, { runQuery, shardsOf }] = await Promise.all([queryClient.ensureQueryData(searchMetaQueryOptions), loadSearchCode()]);
      // Tokens of another index version mean something else: no answer beats a wrong one.
      const version: number = meta.version;
      if (version !== SEARCH_VERSION) throw new Error(`${searchMetaPath()}: search index version ${version}, expected ${SEARCH_VERSION}`);
      const numbers = shardsOf(parsed.tokens, meta.shards);
      const shards = await Promise.all(numbers.map((n) => queryClient.ensureQueryData(searchShardQueryOptions(n))));
      const byNumber = new Map(numbers.map((n, i) => [n, shards[i]]));
      return runQuery(parsed, (token) => byNumber.get(shardOf(token, meta.shards))!, meta.total);
    },
    staleTime: Infinity,
  });

/** Fetches what every query needs (the search code, the shard count, categories) ahead of the first query. */
export function prefetchSearchIndex(queryClient: QueryClient): void {
  void loadSearchCode().catch(() => undefined);
  void queryClient.prefetchQuery(searchMetaQueryOptions);
  void queryClient.prefetchQuery(searchDocsQueryOptions);
}
