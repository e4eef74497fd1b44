import { queryOptions } from '@tanstack/react-query';
import { articlePath, type Article } from '../../../bundle/schema.ts';
import { fetchData } from '../../../lib/fetch-data.ts';

function fetchArticle(id: string, signal?: AbortSignal): Promise<Article> {
  return fetchData<Article>(articlePath(id), signal);
}

export const articleQueryOptions = (id: string) =>
  queryOptions({
    queryKey: ['article', id],
    queryFn: ({ signal }) => fetchArticle(id, signal),
    staleTime: Infinity,
  });
