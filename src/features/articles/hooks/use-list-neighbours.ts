import { useQueries, useQuery } from '@tanstack/react-query';
import type { ArticleSummary } from '../../../bundle/schema.ts';
import { listIndexQueryOptions } from '../api/get-list-index.ts';
import { listPageQueryOptions } from '../../../data/list-pages.ts';
import { candidatePages, locateInPages, neighboursAt, pagesAroundPosition, type Neighbours } from '../lib/list-neighbours.ts';

const NONE: Neighbours = { previous: null, next: null };

/**
 * The articles above and below `id` in the list `listKey`, found from the list's paging index
 * (which page holds the article's day) so it also works on a deep link straight to an article.
 * Never suspends: the reader shows at once and the links appear when their pages arrive.
 * `keep` skips items (unread only): the neighbours are then the nearest kept items on the
 * article's page and the pages either side.
 */
export function useListNeighbours(listKey: string, id: string, day: string | null, keep?: (item: ArticleSummary) => boolean): Neighbours {
  const listIndex = useQuery(listIndexQueryOptions(listKey)).data;
  const candidates = listIndex ? candidatePages(listIndex.pages, day) : [];
  const firstPass = useQueries({
    queries: candidates.map((page) => listPageQueryOptions(listKey, page)),
  });
  const loaded = new Map<number, ArticleSummary[]>();
  candidates.forEach((page, i) => {
    const items = firstPass[i].data?.items;
    if (items) loaded.set(page, items);
  });
  const position = locateInPages(loaded, id);
  const around = position && listIndex
    ? pagesAroundPosition(position, loaded.get(position.page)!.length, listIndex.pages.length, keep !== undefined).filter((page) => !loaded.has(page))
    : [];
  const secondPass = useQueries({
    queries: around.map((page) => listPageQueryOptions(listKey, page)),
  });
  around.forEach((page, i) => {
    const items = secondPass[i].data?.items;
    if (items) loaded.set(page, items);
  });
  return position ? neighboursAt(loaded, position, keep) : NONE;
}
