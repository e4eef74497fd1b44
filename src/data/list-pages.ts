/**
 * `lists/<key>/<page>.json`: the pages of a list (`all` or a category key), newest first. The
 * list view, previous/next, the search results and the keyboard's actions all read them.
 */
import { queryOptions } from '@tanstack/react-query';
import { listPagePath, type ListPage } from '../bundle/schema.ts';
import { DATA_TIMEOUT_MS, fetchData } from '../lib/fetch-data.ts';

/** Query keys of list pages: every page of every list, or one page. */
export const listPageKeys = {
  all: ['list-page'] as const,
  page: (listKey: string, page: number) => [...listPageKeys.all, listKey, page] as const,
};

export function fetchListPage(listKey: string, page: number, signal?: AbortSignal, priority?: RequestPriority): Promise<ListPage> {
  return fetchData<ListPage>(listPagePath(listKey, page), signal, DATA_TIMEOUT_MS, priority);
}

/**
 * Page `page` (0 = newest) of the list `listKey`. `priority: 'low'` when fetching ahead (the
 * cached result is the same).
 */
export const listPageQueryOptions = (listKey: string, page: number, priority?: RequestPriority) =>
  queryOptions({
    queryKey: listPageKeys.page(listKey, page),
    queryFn: ({ signal }) => fetchListPage(listKey, page, signal, priority),
    staleTime: Infinity,
  });
