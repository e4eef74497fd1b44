/**
 * The search code (src/search/search-code.ts) is a lazy chunk: it carries the script-folding
 * table, which the first screen must not wait for. It is asked for when the search box gets
 * focus, or when the URL holds a query.
 */
import { queryOptions } from '@tanstack/react-query';

export type SearchCode = typeof import('../../../search/search-code.ts');

let loading: Promise<SearchCode> | null = null;

/** The search code, loaded once (a failed load is tried again on the next call). */
export function loadSearchCode(): Promise<SearchCode> {
  loading ??= import('../../../search/search-code.ts').catch((error: unknown) => {
    loading = null;
    throw error;
  });
  return loading;
}

export const searchCodeQueryOptions = queryOptions({
  queryKey: ['search', 'code'],
  queryFn: loadSearchCode,
  staleTime: Infinity,
  gcTime: Infinity,
  // A module namespace is not data: compare by identity.
  structuralSharing: false,
});
