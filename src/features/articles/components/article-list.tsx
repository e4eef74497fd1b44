import { useLayoutEffect, useRef, useState, type ReactNode } from 'react';
import { useQueries } from '@tanstack/react-query';
import { observeElementRect, useVirtualizer, type Rect } from '@tanstack/react-virtual';
import type { ArticleSummary } from '../../../bundle/schema.ts';
import { DataOfflineError } from '../../../lib/fetch-data.ts';
import { appHref, searchText } from '../../../lib/app-link.tsx';
import { useI18n } from '../../../lib/i18n.ts';
import { listPageQueryOptions } from '../../../data/list-pages.ts';
import { readListOffset, saveListOffset } from '../lib/list-scroll-memory.ts';
import { ArticleListItem, ArticleListItemSkeleton } from './article-list-item.tsx';

/**
 * The list viewport's size when a list last measured it. A list that replaces another (a new
 * category, a date range) starts from it, so its first render already holds the visible rows;
 * from a zero size it would render none, measure (the page's first layout, forced), and render
 * again before the first paint. The page's first list starts from the window's size, which is
 * at least the viewport's: a row or two more than visible, never fewer.
 */
let lastViewport: Rect | undefined;
const firstViewport = (): Rect | undefined =>
  lastViewport ?? (typeof window === 'undefined' ? undefined : { width: window.innerWidth, height: window.innerHeight });
const observeViewport: typeof observeElementRect = (instance, onRect) =>
  observeElementRect(instance, (rect) => {
    lastViewport = rect;
    onRect(rect);
  });

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
  /** The rows' heading level: one below the list's name. */
  rowHeadingLevel: 2 | 3;
  timeZone: string;
  /** What the item shows as its source: the category path, else the author. */
  sourceOf: (item: ArticleSummary) => string;
  /** Where rows come from when they are not simply list rows `rowOffset…` (unread only, starred). */
  rowSource?: RowSource;
  /** The reader's marks on an item (read, starred). */
  marksOf?: (item: ArticleSummary) => { read: boolean; starred: boolean };
  /** How titles and excerpts are drawn (e.g. with query terms marked); plain text by default. */
  renderText?: (text: string) => ReactNode;
  /** The page's search, which the rows' links keep (see ArticleListItem). */
  linkSearch: object;
}

/** Row i of a list view: the list pages it needs, and its item once they are loaded. */
interface RowSource {
  pagesOf: (row: number) => number[];
  /** undefined while a page loads; null when the row has no item. */
  itemAt: (row: number, pageItems: (page: number) => ArticleSummary[] | undefined) => ArticleSummary | null | undefined;
  /** Rows far apart in the list (each may need a page of its own): fetch fewer ahead. */
  scattered?: boolean;
}

/** Rows `rowOffset…` of the list: a run of consecutive rows (a list, or a date range of it). */
function listRowSource(rowOffset: number, pageSize: number): RowSource {
  return {
    pagesOf: (row) => [Math.floor((rowOffset + row) / pageSize)],
    itemAt: (row, pageItems) => {
      const listRow = rowOffset + row;
      const page = Math.floor(listRow / pageSize);
      return pageItems(page)?.[listRow - page * pageSize];
    },
  };
}

/** Rows of the list in any order (search results: `rows[i]` is a row of the list). */
export function scatteredRowSource(rows: Int32Array, pageSize: number): RowSource {
  return {
    scattered: true,
    pagesOf: (row) => [Math.floor(rows[row] / pageSize)],
    itemAt: (row, pageItems) => {
      const listRow = rows[row];
      const page = Math.floor(listRow / pageSize);
      return pageItems(page)?.[listRow - page * pageSize];
    },
  };
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
  rowHeadingLevel,
  timeZone,
  sourceOf,
  rowSource,
  marksOf,
  renderText,
  linkSearch,
}: ArticleListProps) {
  const { t } = useI18n();
  const scrollRef = useRef<HTMLDivElement>(null);
  // One clock per list view: relative dates do not tick while the list is open.
  const [now] = useState(() => Date.now());
  // eslint-disable-next-line react-hooks/incompatible-library -- the app is not built with React Compiler; this only says the compiler would skip the list
  const virtualizer = useVirtualizer({
    count: total,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ARTICLE_ROW_HEIGHT,
    overscan: 6,
    initialOffset: () => readListOffset(scrollKey),
    initialRect: firstViewport(),
    observeElementRect: observeViewport,
  });

  useLayoutEffect(() => {
    if (scrollRef.current) scrollRef.current.scrollTop = readListOffset(scrollKey);
  }, [scrollKey]);

  const rows = virtualizer.getVirtualItems();
  // Rows get their address as a string: a row re-renders only when its own changes (memo).
  const linkSearchText = searchText(linkSearch);
  const source = rowSource ?? listRowSource(rowOffset, pageSize);
  const pages: number[] = [];
  const ahead = rowSource?.scattered ? PREFETCH_SCATTERED_ROWS : PREFETCH_ROWS;
  const lastRow = Math.min(total - 1, (rows[rows.length - 1]?.index ?? 0) + ahead);
  for (let row = rows[0]?.index ?? 0; row <= lastRow; row++) {
    for (const page of source.pagesOf(row)) if (!pages.includes(page)) pages.push(page);
  }
  const results = useQueries({ queries: pages.map((page) => listPageQueryOptions(listKey, page)) });
  const resultOf = (page: number) => results[pages.indexOf(page)];
  const pageItems = (page: number) => resultOf(page)?.data?.items;
  // Only the first row in view whose page failed offers Retry.
  let retryShown = false;

  return (
    <div
      ref={scrollRef}
      className="h-full overflow-y-auto overscroll-contain"
      onScroll={(event) => saveListOffset(scrollKey, event.currentTarget.scrollTop)}
    >
      <div role="list" aria-label={t.articleList} data-article-list="" className="relative mx-auto w-full max-w-3xl" style={{ height: virtualizer.getTotalSize() }}>
        {rows.map((row) => {
          const item = source.itemAt(row.index, pageItems);
          const failed = item ? undefined : source.pagesOf(row.index).map(resultOf).find((result) => result?.isError);
          const firstFailedRow = failed && !retryShown;
          if (failed) retryShown = true;
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
                <ArticleListItem item={item} source={sourceOf(item)} active={item.id === activeId} timeZone={timeZone} now={now} renderText={renderText} href={appHref(`/articles/${encodeURIComponent(item.id)}`, linkSearchText)} headingLevel={rowHeadingLevel} {...marksOf?.(item)} />
              ) : firstFailedRow ? (
                <div className="flex h-full flex-col items-center justify-center gap-2 px-4 text-sm text-zinc-600 dark:text-zinc-400">
                  <p>{failed.error instanceof DataOfflineError ? t.listPartOffline : t.listPartFailed}</p>
                  <button
                    type="button"
                    className="rounded-md border border-zinc-300 px-3 py-1 font-medium hover:bg-zinc-100 dark:border-zinc-700 dark:hover:bg-zinc-800"
                    onClick={() => failed.refetch()}
                  >
                    {t.retry}
                  </button>
                </div>
              ) : failed || item === null ? null : (
                <ArticleListItemSkeleton />
              )}
            </div>
          );
        })}
      </div>
    </div>
  );
}
