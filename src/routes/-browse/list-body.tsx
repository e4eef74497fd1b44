import { useMemo, type ReactNode } from 'react';
import type { ArticleSummary, BundleIndex, DayFacets } from '../../bundle/schema.ts';
import { ArticleList, scatteredRowSource } from '../../features/articles/components/article-list.tsx';
import { ListSkeleton } from '../../features/articles/components/list-skeleton.tsx';
import { categoryLabelWithin, indexCategoriesByKey } from '../../features/categories/lib/find-category.ts';
import type { DateFilter } from '../../features/dates/lib/date-filter.ts';
import type { DayTally, RowSpan } from '../../features/dates/lib/list-rows.ts';
import type { Library } from '../../features/library/hooks/use-library.ts';
import { useUnreadRows } from '../../features/library/hooks/use-read-counts.ts';
import type { BrowseSearch } from './browse-search.ts';

/** Where the rows come from: a run of the list's rows (or its unread ones), ranked search hits, or the starred items. */
type ListRows =
  | { kind: 'list'; rows: RowSpan; unreadOnly: boolean; facets: DayFacets | undefined; tally: DayTally | null; filter: DateFilter }
  | { kind: 'results'; ordinals: Int32Array }
  | { kind: 'starred'; items: readonly ArticleSummary[] };

interface ListBodyProps {
  source: ListRows;
  library: Library;
  listKey: string;
  renderText?: (text: string) => ReactNode;
  scrollKey: string;
  /** Name path of the list's category: rows name their category below it. */
  basePath: readonly string[];
  activeId: string | null;
  index: BundleIndex;
  linkSearch: BrowseSearch;
}

const NO_FILTER: DateFilter = { kind: 'none' };

/** The article rows of the list area, with the reader's marks and each row's category. */
export function ListBody({ source, library, listKey, renderText, scrollKey, basePath, activeId, index, linkSearch }: ListBodyProps) {
  const byKey = useMemo(() => indexCategoriesByKey(index.categories), [index]);
  const unreadOnly = source.kind === 'list' && source.unreadOnly;
  const unread = useUnreadRows(
    library,
    source.kind === 'list' ? source.facets : undefined,
    index,
    listKey,
    unreadOnly ? source.tally : null,
    source.kind === 'list' ? source.filter : NO_FILTER,
  );
  const ordinals = source.kind === 'results' ? source.ordinals : null;
  const starred = source.kind === 'starred' ? source.items : null;
  const rowSource = useMemo(
    () =>
      starred
        ? { pagesOf: () => [], itemAt: (row: number) => starred[row] ?? null }
        : ordinals
          ? scatteredRowSource(ordinals, index.pageSize)
          : undefined,
    [starred, ordinals, index.pageSize],
  );
  const sourceOf = (item: ArticleSummary) => {
    const node = item.category ? byKey.get(item.category) : undefined;
    return (node && categoryLabelWithin(node.path, basePath)) || item.author || '';
  };
  const total = source.kind === 'list' ? source.rows.count : source.kind === 'results' ? source.ordinals.length : source.items.length;
  return (
    <div className="min-h-0 flex-1">
      {unreadOnly && !unread ? (
        <ListSkeleton />
      ) : (
        <ArticleList
          listKey={listKey}
          total={unreadOnly && unread ? unread.total : total}
          rowSource={unreadOnly ? unread?.rowSource : rowSource}
          marksOf={(item) => ({ read: library.isRead(item), starred: library.isStarred(item.id) })}
          rowOffset={source.kind === 'list' ? source.rows.offset : 0}
          scrollKey={scrollKey}
          pageSize={index.pageSize}
          activeId={activeId}
          rowHeadingLevel={activeId ? 3 : 2}
          timeZone={index.site.timeZone}
          sourceOf={sourceOf}
          renderText={renderText}
          linkSearch={linkSearch}
        />
      )}
    </div>
  );
}
