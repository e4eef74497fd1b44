/**
 * `lists/<key>/days.json`: a category list's per-day counts. They say which rows a date range
 * keeps, draw the timeline and plan the unread rows (the `all` list's are in `index.json`).
 */
import { queryOptions } from '@tanstack/react-query';
import { listDaysPath, type ListDays } from '../bundle/schema.ts';
import { DATA_TIMEOUT_MS, fetchData } from '../lib/fetch-data.ts';

/** Per-day counts of the list `listKey`; `priority: 'low'` when fetching ahead (the cached result is the same). */
export const listDaysQueryOptions = (listKey: string, priority?: RequestPriority) =>
  queryOptions({
    queryKey: ['list-days', listKey],
    queryFn: ({ signal }) => fetchData<ListDays>(listDaysPath(listKey), signal, DATA_TIMEOUT_MS, priority),
    staleTime: Infinity,
  });
