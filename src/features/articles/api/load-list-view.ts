import type { QueryClient } from '@tanstack/react-query';
import { ALL_LIST, type BundleIndex, type CategoryNode } from '../../../bundle/schema.ts';
import { decodeCategoryParam } from '../../../lib/category-param.ts';
import { indexQueryOptions } from '../../categories/api/get-index.ts';
import { findCategoryByPath } from '../../categories/lib/find-category.ts';
import { listDaysQueryOptions } from '../../dates/api/get-list-days.ts';
import { readDateFilter, type DateSearch } from '../../dates/lib/date-filter.ts';
import { rowsOfFilter, tallyOfIndex, type DayTally } from '../../dates/lib/list-rows.ts';
import { listPageQueryOptions } from './get-list-page.ts';

/** What a list view shows: the list a `category` param names, within the dates of the search. */
export interface ListViewParams extends DateSearch {
  category?: string;
  starred?: 1;
}

export interface ResolvedList {
  key: string;
  node: CategoryNode | null;
  count: number;
}

/** The list a `category` param names, or null when the archive has no such category. */
export function resolveList(index: BundleIndex, category: string | undefined): ResolvedList | null {
  if (!category) return { key: ALL_LIST, node: null, count: index.total };
  const node = findCategoryByPath(index.categories, decodeCategoryParam(category));
  return node ? { key: node.key, node, count: node.count } : null;
}

/** A list's per-day counts: the index holds the whole archive's, a category's is fetched. */
export async function loadTally(queryClient: QueryClient, index: BundleIndex, listKey: string, priority?: RequestPriority): Promise<DayTally> {
  return listKey === ALL_LIST ? tallyOfIndex(index) : queryClient.ensureQueryData(listDaysQueryOptions(listKey, priority));
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
