import { useMemo } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { ALL_LIST } from '../../bundle/schema.ts';
import { forgetListOffset } from '../../features/articles/lib/list-scroll-memory.ts';
import { CategoryTree } from '../../features/categories/components/category-tree.tsx';
import { listScrollKey } from '../../features/dates/lib/date-filter.ts';
import { categoryCountsInFilter } from '../../features/dates/lib/facet-counts.ts';
import { StarredLink } from '../../features/library/components/starred-link.tsx';
import { encodeCategoryParam } from '../../lib/category-param.ts';
import type { BrowseSearch } from '../-browse/browse-search.ts';
import { sidebarCounts } from '../-browse/sidebar-counts.ts';
import { loadListView, prefetchListView } from '../-browse/load-list-view.ts';
import type { BrowseView, ReadState } from '../-browse/use-browse-view.ts';

interface BrowseSidebarProps {
  search: BrowseSearch;
  browse: BrowseView;
  read: ReadState;
  /** After a pick (the drawer closes). */
  onPick: () => void;
}

/**
 * The sidebar's content: the Starred view and the category tree, counted under the page's
 * filters (a search's matches, else the articles in the date range, and what is unread).
 */
export function BrowseSidebar({ search, browse, read, onPick }: BrowseSidebarProps) {
  const queryClient = useQueryClient();
  const { index, list, filter, span, found } = browse;
  const { library, facets, readCounts } = read;
  const inFilter = useMemo(
    () => (filter.kind !== 'none' && facets ? categoryCountsInFilter(facets, index.categories, filter) : null),
    [facets, index, filter],
  );
  const counts = sidebarCounts({ index, filter, span, inFilter, search: found, readCounts });
  return (
    <>
      <StarredLink count={Object.keys(library.state.starred).length} active={search.starred === 1} onSelect={onPick} />
      <CategoryTree
        roots={index.categories}
        total={counts.total}
        active={list?.node ?? null}
        countOf={counts.countOf}
        unreadOf={counts.unreadOf}
        allSelected={search.starred !== 1}
        linkSearch={search}
        onSelect={(node) => {
          // A fresh pick from the sidebar starts the list at the top.
          forgetListOffset(listScrollKey(node?.key ?? ALL_LIST, filter));
          // Its first page and timeline start downloading now, not after the navigation's render.
          const { from, to, undated, starred } = search;
          loadListView(queryClient, { from, to, undated, starred, category: node ? encodeCategoryParam(node.path) : undefined }).catch(() => undefined);
          onPick();
        }}
        // The items in view have what their list paints with fetched ahead (under a search,
        // the unread or the Starred view a pick shows other rows: nothing is fetched).
        onPrefetch={
          search.q || search.unread || search.starred
            ? undefined
            : (node) => {
                const { from, to, undated } = search;
                return prefetchListView(queryClient, index, { from, to, undated, category: encodeCategoryParam(node.path) });
              }
        }
      />
    </>
  );
}
