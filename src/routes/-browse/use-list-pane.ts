/** The list pane's own figures: its rows under the date filter, the Starred view's items, unread, and what the area shows. */
import { useMemo } from 'react';
import { useQuery } from '@tanstack/react-query';
import { ALL_LIST, type ArticleSummary, type BundleIndex } from '../../bundle/schema.ts';
import { listDaysQueryOptions } from '../../data/list-days.ts';
import { filterKeepsDay } from '../../features/dates/lib/date-filter.ts';
import { rowsOfFilter, tallyOfIndex, type DayTally, type RowSpan } from '../../features/dates/lib/list-rows.ts';
import { starredInListOrder } from '../../features/library/lib/library-state.ts';
import { unreadOfList } from './browse-view.ts';
import { headerCount, listContent, scrollKeyOf, type ListContent, type ListFacts } from './list-content.ts';
import type { BrowseView, ReadState } from './use-browse-view.ts';

export interface ListPane {
  listKey: string;
  /** The list's per-day counts (the timeline, the unread rows); null while a category's load. */
  tally: DayTally | null;
  /** The list's rows under the date filter; null while the tally loads. */
  rows: RowSpan | null;
  content: ListContent;
  /** The count beside the list's name; null while unknown. */
  count: number | null;
  /** Unread articles in view; null while unknown. */
  unread: number | null;
  starred: readonly ArticleSummary[];
  scrollKey: string;
}

/** The list's tally without suspending: null while a category's counts load. */
function useTally(index: BundleIndex, listKey: string): DayTally | null {
  const days = useQuery({ ...listDaysQueryOptions(listKey), enabled: listKey !== ALL_LIST }).data;
  return listKey === ALL_LIST ? tallyOfIndex(index) : days ?? null;
}

export function useListPane({ index, list, filter, found, view, termsKey }: BrowseView, { library, readCounts }: ReadState): ListPane {
  const listKey = list?.key ?? ALL_LIST;
  const tally = useTally(index, listKey);
  // With a filter the loader has fetched the tally, so rows are known on the first render.
  const rows = filter.kind === 'none' ? { offset: 0, count: list?.count ?? 0 } : tally && rowsOfFilter(tally, filter);
  const { within, state } = library;
  const starred = useMemo(
    () => (view === 'starred' ? starredInListOrder(state).filter((item) => within(listKey, item.category) && filterKeepsDay(filter, item.day)) : []),
    [view, state, within, listKey, filter],
  );
  const unread = view === 'starred' ? starred.filter((item) => !library.isRead(item)).length : unreadOfList(rows?.count, readCounts, listKey);
  const facts: ListFacts = {
    view,
    listCount: list?.count ?? 0,
    rows,
    search: { rows: found.rows, failed: found.results.error !== null },
    starred,
    unread,
  };
  return {
    listKey,
    tally,
    rows,
    content: listContent(facts),
    count: headerCount(facts),
    unread,
    starred,
    scrollKey: scrollKeyOf(view, listKey, filter, termsKey),
  };
}
