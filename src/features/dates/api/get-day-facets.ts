import { queryOptions } from '@tanstack/react-query';
import { dayFacetsPath, type DayFacets } from '../../../bundle/schema.ts';
import { fetchData } from '../../../lib/fetch-data.ts';

export function fetchDayFacets(signal?: AbortSignal): Promise<DayFacets> {
  return fetchData<DayFacets>(dayFacetsPath(), signal);
}

/** Every category's per-day counts: the sidebar's counts under a date filter. */
export const dayFacetsQueryOptions = queryOptions({
  queryKey: ['day-facets'],
  queryFn: ({ signal }) => fetchDayFacets(signal),
  staleTime: Infinity,
});
