import { queryOptions } from '@tanstack/react-query';
import { listDaysPath, type ListDays } from '../../../bundle/schema.ts';
import { DATA_TIMEOUT_MS, fetchData } from '../../../lib/fetch-data.ts';

export function fetchListDays(listKey: string, signal?: AbortSignal, priority?: RequestPriority): Promise<ListDays> {
  return fetchData<ListDays>(listDaysPath(listKey), signal, DATA_TIMEOUT_MS, priority);
}

/**
 * Per-day counts of the list `listKey`: which rows a date range keeps, and the timeline.
 * `priority: 'low'` when fetching ahead (the cached result is the same).
 */
export const listDaysQueryOptions = (listKey: string, priority?: RequestPriority) =>
  queryOptions({
    queryKey: ['list-days', listKey],
    queryFn: ({ signal }) => fetchListDays(listKey, signal, priority),
    staleTime: Infinity,
  });
