import { useLayoutEffect, useRef, useState, type ReactNode } from 'react';
import { useQueries } from '@tanstack/react-query';
import { useVirtualizer } from '@tanstack/react-virtual';
import type { ArticleSummary } from '../../../bundle/schema.ts';
import { useI18n } from '../../../lib/i18n.ts';
import { listPageQueryOptions } from '../api/get-list-page.ts';
import { readListOffset, saveListOffset } from '../lib/list-scroll-memory.ts';
import { ArticleListItem, ArticleListItemSkeleton } from './article-list-item.tsx';

/** Every row has the same height (title and excerpt are clamped), so nothing is measured. */
export const ARTICLE_ROW_HEIGHT = 132;
/** Rows past the visible end whose pages are fetched ahead, so scrolling rarely meets a skeleton. */
const PREFETCH_ROWS = 30;
/** The same for scattered rows (search results), where each row may need a page of its own. */
const PREFETCH_SCATTERED_ROWS = 6;

interface ArticleListProps {
  listKey: string;
  /** Rows shown: the list's rows `rowOffset` to `rowOffset + total - 1` (a date filter keeps one run). */
  total: number;
  rowOffset?: number;
  /** Where the scroll offset is remembered; differs per list and filter. Defaults to `listKey`. */
  scrollKey?: string;
  pageSize: number;
  activeId: string | null;
  timeZone: string;
  /** What the item shows as its source: the category path, else the author. */
  sourceOf: (item: ArticleSummary) => string;
  /** Rows shown, as rows of the list in any order (search results); replaces `rowOffset`. */
  rows?: Int32Array;
  /** How titles and excerpts are drawn (e.g. with query terms marked); plain text by default. */
  renderText?: (text: string) => ReactNode;
}

/**
 * The virtualised list: one row per article of the list, with only the visible rows in the
 * DOM. Pages load as rows near them come into view; the scroll offset is remembered per list.
 * Row i shows the list's row `rowOffset + i`, so a filtered list reads the same pages.
 */
export function ArticleList({
  listKey,
  total,
  rowOffset = 0,
  scrollKey = listKey,
  pageSize,
  activeId,
  timeZone,
  sourceOf,
  rows: listRows,
  renderText,
}: ArticleListProps) {
  const { t } = useI18n();
  const scrollRef = useRef<HTMLDivElement>(null);
  // One clock per list view: relative dates do not tick while the list is open.
  const [now] = useState(() => Date.now());
  const virtualizer = useVirtualizer({
    count: total,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ARTICLE_ROW_HEIGHT,
    overscan: 6,
    initialOffset: () => readListOffset(scrollKey),
  });

  useLayoutEffect(() => {
    if (scrollRef.current) scrollRef.current.scrollTop = readListOffset(scrollKey);
  }, [scrollKey]);

  const rows = virtualizer.getVirtualItems();
  const rowAt = (index: number) => (listRows ? listRows[index] : rowOffset + index);
  const firstIndex = rows[0]?.index ?? 0;
  const lastIndex = Math.min(total - 1, (rows[rows.length - 1]?.index ?? 0) + (listRows ? PREFETCH_SCATTERED_ROWS : PREFETCH_ROWS));
  const first = rowAt(firstIndex);
  const pages: number[] = [];
  if (listRows) {
    // Scattered rows: the distinct pages of the visible ones (and those fetched ahead).
    for (let index = firstIndex; index <= lastIndex; index++) {
      const page = Math.floor(listRows[index] / pageSize);
      if (!pages.includes(page)) pages.push(page);
    }
  } else {
    for (let page = Math.floor(first / pageSize); page <= Math.floor(rowAt(lastIndex) / pageSize); page++) pages.push(page);
  }
  const results = useQueries({ queries: pages.map((page) => listPageQueryOptions(listKey, page)) });
  const resultOf = (page: number) => results[pages.indexOf(page)];

  return (
    <div
      ref={scrollRef}
      className="h-full overflow-y-auto overscroll-contain"
      onScroll={(event) => saveListOffset(scrollKey, event.currentTarget.scrollTop)}
    >
      <div role="list" aria-label={t.articleList} className="relative mx-auto w-full max-w-3xl" style={{ height: virtualizer.getTotalSize() }}>
        {rows.map((row) => {
          const listRow = rowAt(row.index);
          const page = Math.floor(listRow / pageSize);
          const result = resultOf(page);
          const item = result?.data?.items[listRow - page * pageSize];
          const firstFailedRow = result?.isError && (listRows ? true : listRow === Math.max(first, page * pageSize));
          return (
            <div
              key={row.key}
              role="listitem"
              aria-setsize={total}
              aria-posinset={row.index + 1}
              className="absolute top-0 left-0 w-full"
              style={{ height: row.size, transform: `translateY(${row.start}px)` }}
            >
              {item ? (
                <ArticleListItem item={item} source={sourceOf(item)} active={item.id === activeId} timeZone={timeZone} now={now} renderText={renderText} />
              ) : firstFailedRow ? (
                <div className="flex h-full flex-col items-center justify-center gap-2 px-4 text-sm text-zinc-600 dark:text-zinc-400">
                  <p>{t.listPartFailed}</p>
                  <button
                    type="button"
                    className="rounded-md border border-zinc-300 px-3 py-1 font-medium hover:bg-zinc-100 dark:border-zinc-700 dark:hover:bg-zinc-800"
                    onClick={() => result.refetch()}
                  >
                    {t.retry}
                  </button>
                </div>
              ) : result?.isError ? null : (
                <ArticleListItemSkeleton />
              )}
            </div>
          );
        })}
      </div>
    </div>
  );
}
