import { queryOptions } from '@tanstack/react-query';
import { listPagePath, type ListPage } from '../../../bundle/schema.ts';
import { DATA_TIMEOUT_MS, fetchData } from '../../../lib/fetch-data.ts';

export function fetchListPage(listKey: string, page: number, signal?: AbortSignal, priority?: RequestPriority): Promise<ListPage> {
  return fetchData<ListPage>(listPagePath(listKey, page), signal, DATA_TIMEOUT_MS, priority);
}

/**
 * Page `page` (0 = newest) of the list `listKey` (`all` or a category key). `priority: 'low'`
 * when fetching ahead (the cached result is the same).
 */
export const listPageQueryOptions = (listKey: string, page: number, priority?: RequestPriority) =>
  queryOptions({
    queryKey: ['list-page', listKey, page],
    queryFn: ({ signal }) => fetchListPage(listKey, page, signal, priority),
    staleTime: Infinity,
  });
