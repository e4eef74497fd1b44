/**
 * `facets/days.json`: every category's own articles per day. The sidebar counts a date range
 * with them, and the library counts what a "mark all as read" covered.
 */
import { queryOptions } from '@tanstack/react-query';
import { dayFacetsPath, type DayFacets } from '../bundle/schema.ts';
import { fetchData } from '../lib/fetch-data.ts';

export const dayFacetsQueryOptions = queryOptions({
  queryKey: ['day-facets'],
  queryFn: ({ signal }) => fetchData<DayFacets>(dayFacetsPath(), signal),
  staleTime: Infinity,
});
