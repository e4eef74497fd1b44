/**
 * What a list view paints with, fetched by the `_browse` loader and ahead of a click: the
 * list's first page in view and a category's day counts.
 */
import type { QueryClient } from '@tanstack/react-query';
import { ALL_LIST, type BundleIndex } from '../../bundle/schema.ts';
import { indexQueryOptions } from '../../data/bundle-index.ts';
import { listDaysQueryOptions } from '../../data/list-days.ts';
import { fetchListPage, listPageQueryOptions } from '../../data/list-pages.ts';
import { readDateFilter } from '../../features/dates/lib/date-filter.ts';
import { rowsOfFilter, tallyOfIndex, type DayTally } from '../../features/dates/lib/list-rows.ts';
import type { BrowseSearch } from './browse-search.ts';
import { resolveList, type ResolvedList } from './browse-list.ts';

/** What a list view shows: the list a `category` param names, within the dates of the search. */
type ListViewParams = Pick<BrowseSearch, 'category' | 'from' | 'to' | 'undated' | 'starred'>;

/** A list's per-day counts: the index holds the whole archive's, a category's is fetched. */
function loadTally(queryClient: QueryClient, index: BundleIndex, listKey: string, priority?: RequestPriority): Promise<DayTally> {
  return listKey === ALL_LIST ? Promise.resolve(tallyOfIndex(index)) : queryClient.ensureQueryData(listDaysQueryOptions(listKey, priority));
}

/**
 * Fetches what a list view paints with: the page of its first row (a date range keeps one run
 * of the list's rows, found from its day counts), so the list paints with articles, not
 * placeholders. A category's day counts (its timeline) are requested at the same time, and
 * not waited for without a date range. Resolves with the list, null when there is no such
 * category. What is cached or in flight is not fetched again, so calling this before the
 * navigation (a click in the sidebar) starts the downloads one render earlier.
 */
export function loadListView(queryClient: QueryClient, params: ListViewParams): Promise<ResolvedList | null> {
  // With the index cached (every navigation after the first), the downloads start before this
  // returns, not a microtask later behind whatever React renders first.
  const index = queryClient.getQueryData(indexQueryOptions.queryKey);
  return index
    ? loadListOf(queryClient, index, params)
    : queryClient.ensureQueryData(indexQueryOptions).then((index) => loadListOf(queryClient, index, params));
}

/**
 * Fetches ahead, at low priority, what loadListView would (a view the reader may open next):
 * resolves when the data its list paints with is cached, or could not be had.
 */
export function prefetchListView(queryClient: QueryClient, index: BundleIndex, params: ListViewParams): Promise<unknown> {
  return loadListOf(queryClient, index, params, 'low').catch(() => undefined);
}

async function loadListOf(queryClient: QueryClient, index: BundleIndex, params: ListViewParams, priority?: RequestPriority): Promise<ResolvedList | null> {
  const list = resolveList(index, params.category);
  if (!list) return null;
  // The Starred view lists what the browser keeps: no list page is needed.
  if (list.count === 0 || params.starred) return list;
  const { filter } = readDateFilter(params);
  const prefetchTimeline = () => {
    if (list.key !== ALL_LIST) void queryClient.prefetchQuery(listDaysQueryOptions(list.key, priority));
  };
  if (filter.kind === 'none') {
    // The first page is what the list paints with: its request goes out first.
    const page = queryClient.ensureQueryData(listPageQueryOptions(list.key, 0, priority));
    prefetchTimeline();
    await page;
    return list;
  }
  prefetchTimeline();
  const rows = rowsOfFilter(await loadTally(queryClient, index, list.key, priority), filter);
  if (rows.count > 0) await queryClient.ensureQueryData(listPageQueryOptions(list.key, Math.floor(rows.offset / index.pageSize), priority));
  return list;
}

/**
 * Fetches the pages of the `all` list that hold `rows` (the first search results, while the
 * query is still being typed). Without an abort signal: a list that shows the page for a moment
 * and unmounts (the query changed again) does not cancel the fetch the next list needs.
 */
export function prefetchRowPages(queryClient: QueryClient, index: BundleIndex, rows: Int32Array): void {
  for (const page of new Set(Array.from(rows, (row) => Math.floor(row / index.pageSize)))) {
    void queryClient.prefetchQuery({ ...listPageQueryOptions(ALL_LIST, page), queryFn: () => fetchListPage(ALL_LIST, page) });
  }
}
