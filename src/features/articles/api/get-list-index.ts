import { queryOptions } from '@tanstack/react-query';
import { listIndexPath, type ListIndex } from '../../../bundle/schema.ts';
import { fetchData } from '../../../lib/fetch-data.ts';

function fetchListIndex(listKey: string, signal?: AbortSignal): Promise<ListIndex> {
  return fetchData<ListIndex>(listIndexPath(listKey), signal);
}

/** How the list `listKey` is paged: the day span of each page, to find an article's page. */
export const listIndexQueryOptions = (listKey: string) =>
  queryOptions({
    queryKey: ['list-index', listKey],
    queryFn: ({ signal }) => fetchListIndex(listKey, signal),
    staleTime: Infinity,
  });
