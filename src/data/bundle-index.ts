/**
 * `index.json`: the site, the category tree and the archive's per-day counts. Every view reads
 * it (the root route's loader fetches it first), so it belongs to no one feature.
 */
import { queryOptions } from '@tanstack/react-query';
import { indexPath, type BundleIndex } from '../bundle/schema.ts';
import { fetchData } from '../lib/fetch-data.ts';

export const indexQueryOptions = queryOptions({
  queryKey: ['bundle-index'],
  queryFn: ({ signal }) => fetchData<BundleIndex>(indexPath(), signal),
  staleTime: Infinity,
});
