import { queryOptions } from '@tanstack/react-query';
import { listDaysPath, type ListDays } from '../../../bundle/schema.ts';
import { fetchData } from '../../../lib/fetch-data.ts';

export function fetchListDays(listKey: string, signal?: AbortSignal): Promise<ListDays> {
  return fetchData<ListDays>(listDaysPath(listKey), signal);
}

/** Per-day counts of the list `listKey`: which rows a date range keeps, and the timeline. */
export const listDaysQueryOptions = (listKey: string) =>
  queryOptions({
    queryKey: ['list-days', listKey],
    queryFn: ({ signal }) => fetchListDays(listKey, signal),
    staleTime: Infinity,
  });
