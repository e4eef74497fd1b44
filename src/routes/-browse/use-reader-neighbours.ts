import { useState } from 'react';
import { ALL_LIST, type ArticleSummary } from '../../bundle/schema.ts';
import { useListNeighbours } from '../../features/articles/hooks/use-list-neighbours.ts';
import { useRowNeighbours } from '../../features/articles/hooks/use-row-neighbours.ts';
import { neighboursIn, type Neighbours } from '../../features/articles/lib/list-neighbours.ts';
import { filterKeepsDay } from '../../features/dates/lib/date-filter.ts';
import type { Library } from '../../features/library/hooks/use-library.ts';
import { isRead, starredInListOrder } from '../../features/library/lib/library-state.ts';
import type { BrowseView } from './use-browse-view.ts';

/**
 * The reader's previous and next, as the list beside it orders them: under a search, the
 * results around the open article; in Starred, the starred articles; under unread only, the
 * nearest articles that were unread when the reader opened (so an article read on the way
 * stays one step back, as its row stays in the list); else its neighbours in the list. Always
 * within the date filter. The keys `j` and `k` follow these links. Never suspends.
 */
export function useReaderNeighbours({ list, filter, found, view }: BrowseView, library: Library, id: string, day: string | null): Neighbours {
  const listKey = list?.key ?? ALL_LIST;
  const [readAtOpen, setReadAtOpen] = useState(library.state);
  // A sweep (mark all as read) redraws the unread list, so it redraws these too.
  if (readAtOpen.sweeps !== library.state.sweeps) setReadAtOpen(library.state);
  const unreadAtOpen = (item: ArticleSummary) => !isRead(readAtOpen, item, library.within);
  const inList = useListNeighbours(listKey, id, day, view === 'unread' ? unreadAtOpen : undefined);
  const inResults = useRowNeighbours(found.active ? found.rows : null, id, day);
  if (found.active) return inResults;
  if (view === 'starred') {
    const starred = starredInListOrder(library.state).filter((item) => library.within(listKey, item.category) && filterKeepsDay(filter, item.day));
    return neighboursIn(starred, id);
  }
  const within = (item: Neighbours['previous']) => (item && filterKeepsDay(filter, item.day) ? item : null);
  return { previous: within(inList.previous), next: within(inList.next) };
}
