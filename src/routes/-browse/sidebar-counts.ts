/** The sidebar's counts under the page's filters, as pure functions of what is loaded. */
import { ALL_LIST, type BundleIndex, type CategoryNode } from '../../bundle/schema.ts';
import type { DateFilter } from '../../features/dates/lib/date-filter.ts';
import type { RowSpan } from '../../features/dates/lib/list-rows.ts';
import type { ReadCounts } from '../../features/library/lib/read-counts.ts';
import { unreadOfList } from './browse-view.ts';

/** What the sidebar counts are made of. */
export interface SidebarFacts {
  index: Pick<BundleIndex, 'total'>;
  filter: DateFilter;
  /** The `all` list's rows the date filter keeps (null: no filter). */
  span: RowSpan | null;
  /** Per category key, its articles the date filter keeps; null while the facets load. */
  inFilter: ReadonlyMap<string, number> | null;
  /** Under a search: matches in the date span, overall (null while loading) and per category (null until known). */
  search: { active: boolean; total: number | null; categoryCounts: ReadonlyMap<string, number> | null };
  readCounts: ReadCounts | null;
}

interface SidebarCounts {
  /** The count beside All. */
  total: number;
  /** A node's count under the filters (undefined while it loads); absent = the node's own count. */
  countOf?: (node: CategoryNode) => number | undefined;
  /** Unread articles of a node (null = All) under the date filter; undefined when unknown or under a search. */
  unreadOf: (node: CategoryNode | null) => number | undefined;
}

/** The sidebar's counts: matches under a search, else articles in the date range, and what is unread of them. */
export function sidebarCounts({ index, filter, span, inFilter, search, readCounts }: SidebarFacts): SidebarCounts {
  const listed = span ? span.count : index.total;
  const countIn = (node: CategoryNode) => (filter.kind === 'none' ? node.count : inFilter?.get(node.key));
  return {
    total: search.active && search.total !== null ? search.total : listed,
    countOf: search.active
      ? (node) => search.categoryCounts?.get(node.key)
      : filter.kind === 'none'
        ? undefined
        : (node) => inFilter?.get(node.key),
    unreadOf: (node) => {
      if (search.active) return undefined;
      return unreadOfList(node ? countIn(node) : listed, readCounts, node?.key ?? ALL_LIST) ?? undefined;
    },
  };
}
