/**
 * The browse view read from the URL and the loaded data, once for every place that shows it:
 * the sidebar (root), the list (`_browse`) and the reader (`articles.$id`).
 */
import { useMemo } from 'react';
import { useQuery, useSuspenseQuery } from '@tanstack/react-query';
import type { BundleIndex, DayFacets } from '../../bundle/schema.ts';
import { indexQueryOptions } from '../../data/bundle-index.ts';
import { dayFacetsQueryOptions } from '../../data/day-facets.ts';
import { readDateFilter, type DateFilter, type DateNotice } from '../../features/dates/lib/date-filter.ts';
import { spanOfFilter, type RowSpan } from '../../features/dates/lib/list-rows.ts';
import { useLibrary, type Library } from '../../features/library/hooks/use-library.ts';
import { needsFacets, useReadCells, useUnreadCounts } from '../../features/library/hooks/use-read-counts.ts';
import type { ReadCounts } from '../../features/library/lib/read-counts.ts';
import { useSearchRows, type SearchRows } from '../../features/search/hooks/use-search-rows.ts';
import type { Marker } from '../../features/search/lib/marker.ts';
import type { BrowseSearch } from './browse-search.ts';
import { resolveList, type ResolvedList } from './browse-list.ts';
import { viewKindOf, type ViewKind } from './browse-view.ts';

export interface BrowseView {
  index: BundleIndex;
  /** The list the `category` param names; null when the archive has no such category. */
  list: ResolvedList | null;
  filter: DateFilter;
  /** What the date params had that was ignored or corrected. */
  notices: DateNotice[];
  /** The `all` list's rows the date filter keeps (null: no filter): where search hits may fall. */
  span: RowSpan | null;
  /** The search `q` within the list and the date span. */
  found: SearchRows;
  /** What the query marks (null: nothing), and its key for memos and scroll positions. */
  marker: Marker | null;
  termsKey: string;
  view: ViewKind;
}

export function useBrowseView(search: BrowseSearch): BrowseView {
  const { data: index } = useSuspenseQuery(indexQueryOptions);
  const list = useMemo(() => resolveList(index, search.category), [index, search.category]);
  const { from, to, undated } = search;
  const { filter, notices } = useMemo(() => readDateFilter({ from, to, undated }), [from, to, undated]);
  const span = useMemo(() => spanOfFilter(index, filter), [index, filter]);
  const found = useSearchRows(search.q ?? '', search.sort ?? 'newest', index, list?.node ?? null, span);
  const { marker } = found.results;
  return {
    index,
    list,
    filter,
    notices,
    span,
    found,
    marker,
    termsKey: `${marker?.key ?? ''}${search.sort ? `|${search.sort}` : ''}`,
    view: viewKindOf(search, found.active),
  };
}

export interface ReadState {
  library: Library;
  /** Every category's per-day counts, fetched under a date filter or once something was swept. */
  facets: DayFacets | undefined;
  /** What is read per category and overall under the date filter; null while it cannot be known. */
  readCounts: ReadCounts | null;
}

/** The reader's library, and what of it is read under the date filter. */
export function useReadState(index: BundleIndex, filter: DateFilter): ReadState {
  const library = useLibrary(index);
  const facets = useQuery({ ...dayFacetsQueryOptions, enabled: filter.kind !== 'none' || needsFacets(library.state) }).data;
  const readCounts = useUnreadCounts(library, useReadCells(library, library.state, facets, index), filter);
  return { library, facets, readCounts };
}
