import { queryOptions } from '@tanstack/react-query';
import { indexPath, type BundleIndex } from '../../../bundle/schema.ts';
import { fetchData } from '../../../lib/fetch-data.ts';

export function fetchIndex(signal?: AbortSignal): Promise<BundleIndex> {
  return fetchData<BundleIndex>(indexPath(), signal);
}

export const indexQueryOptions = queryOptions({
  queryKey: ['bundle-index'],
  queryFn: ({ signal }) => fetchIndex(signal),
  staleTime: Infinity,
});
