import { ALL_LIST } from '../../bundle/schema.ts';
import { useListNeighbours } from '../../features/articles/hooks/use-list-neighbours.ts';
import { useRowNeighbours } from '../../features/articles/hooks/use-row-neighbours.ts';
import type { Neighbours } from '../../features/articles/lib/list-neighbours.ts';
import { filterKeepsDay } from '../../features/dates/lib/date-filter.ts';
import type { BrowseView } from './use-browse-view.ts';

/**
 * The reader's previous and next: under a search, the results before and after the open
 * article; else its neighbours in the list, within the date filter. Never suspends.
 */
export function useReaderNeighbours({ list, filter, found }: BrowseView, id: string, day: string | null): Neighbours {
  const inList = useListNeighbours(list?.key ?? ALL_LIST, id, day);
  const inResults = useRowNeighbours(found.active ? found.rows : null, id, day);
  if (found.active) return inResults;
  const within = (item: Neighbours['previous']) => (item && filterKeepsDay(filter, item.day) ? item : null);
  return { previous: within(inList.previous), next: within(inList.next) };
}
