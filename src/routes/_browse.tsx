import { lazy, Suspense, useCallback, useMemo, type ReactNode } from 'react';
import { useSuspenseQuery, useQuery, useQueryClient } from '@tanstack/react-query';
import { Outlet, createFileRoute, notFound, useNavigate, useParams, type ErrorComponentProps } from '@tanstack/react-router';
import { ALL_LIST, type ArticleSummary, type BundleIndex } from '../bundle/schema.ts';
import { fetchListPage, listPageQueryOptions } from '../features/articles/api/get-list-page.ts';
import { loadListView, resolveList } from '../features/articles/api/load-list-view.ts';
import { ArticleList, scatteredRowSource } from '../features/articles/components/article-list.tsx';
import { EmptyList } from '../features/articles/components/empty-list.tsx';
import { ListHeader } from '../features/articles/components/list-header.tsx';
import { ListSkeleton } from '../features/articles/components/list-skeleton.tsx';
import { indexQueryOptions } from '../features/categories/api/get-index.ts';
import { categoryLabelWithin, indexCategoriesByKey } from '../features/categories/lib/find-category.ts';
import { listDaysQueryOptions } from '../features/dates/api/get-list-days.ts';
import { EmptyRange } from '../features/dates/components/empty-range.tsx';
import {
  dateSearchOf,
  filterKeepsDay,
  listScrollKey,
  readDateFilter,
  validateDateSearch,
  type DateFilter,
  type DateSearch,
} from '../features/dates/lib/date-filter.ts';
import { daySpan, rowsOfFilter, spanOfFilter, tallyOfIndex, type DayTally, type RowSpan } from '../features/dates/lib/list-rows.ts';
import { forgetListOffset } from '../features/articles/lib/list-scroll-memory.ts';
import { dayFacetsQueryOptions } from '../features/dates/api/get-day-facets.ts';
import { ViewControls } from '../features/library/components/view-controls.tsx';
import { useLibrary, type Library } from '../features/library/hooks/use-library.ts';
import { needsFacets, useReadCells, useUnreadCounts, useUnreadRows } from '../features/library/hooks/use-read-counts.ts';
import { starredInListOrder } from '../features/library/lib/library-state.ts';
import { readIn } from '../features/library/lib/read-counts.ts';
import type { DayFacets } from '../bundle/schema.ts';
import { prefetchSearchIndex } from '../features/search/api/get-search-index.ts';
import { prefetchSearch } from '../features/search/api/prefetch-search.ts';
import { HighlightedText } from '../features/search/components/highlighted-text.tsx';
import { SearchBox } from '../features/search/components/search-box.tsx';
import { SearchEmpty } from '../features/search/components/search-empty.tsx';
import { useSearchRows } from '../features/search/hooks/use-search-rows.ts';
import { RouteErrorView } from '../features/shell/components/error-view.tsx';
import { NotFoundView } from '../features/shell/components/not-found-view.tsx';
import { decodeCategoryParam } from '../lib/category-param.ts';
import { useI18n } from '../lib/i18n.ts';
import { SPLIT_VIEW_QUERY, useMediaQuery } from '../lib/use-media-query.ts';
import { titleWithSite, useDocumentTitle } from '../lib/use-document-title.ts';

// The date bar (timeline, presets, date fields) is code-split: the first screen's list does
// not wait for it.
const DateBar = lazy(() => import('../features/dates/components/date-bar.tsx'));

/** The list filter, shared by the list view and the reader (`/articles/<id>?category=…&from=…`). */
export interface BrowseSearch extends DateSearch {
  /** Name path of a category node (see lib/category-param.ts); absent = the whole archive. */
  category?: string;
  /** Only the articles not read yet (`unread=1`). */
  unread?: 1;
  /** The Starred view (`starred=1`): starred articles, within `category` and the dates when given. */
  starred?: 1;
  /** Search query as typed (trimmed, at most 1,000 characters); absent = no search. */
  q?: string;
}

/** Longest `q` kept from a URL; longer text is cut (the search itself reads less, see parseQuery). */
const MAX_Q = 1000;

/** The `q` param, cleaned: a string, trimmed, bounded; '' when absent or not text. */
export function validateQuery(raw: unknown): string {
  if (typeof raw !== 'string' && typeof raw !== 'number') return '';
  const chars = Array.from(String(raw).trim());
  return (chars.length > MAX_Q ? chars.slice(0, MAX_Q).join('') : chars.join('')).trim();
}

const flagParam = (value: unknown): 1 | undefined => (value === '1' || value === 1 || value === true || value === 'true' ? 1 : undefined);

export const Route = createFileRoute('/_browse')({
  validateSearch: (search: Record<string, unknown>): BrowseSearch => {
    const category = typeof search.category === 'string' ? search.category.trim() : '';
    const unread = flagParam(search.unread);
    const starred = flagParam(search.starred);
    const q = validateQuery(search.q);
    return {
      ...(category ? { category } : {}),
      ...(q ? { q } : {}),
      ...validateDateSearch(search),
      ...(unread ? { unread } : {}),
      ...(starred ? { starred } : {}),
    };
  },
  loaderDeps: ({ search }) => ({ category: search.category, from: search.from, to: search.to, undated: search.undated, starred: search.starred }),
  loader: async ({ context: { queryClient }, deps }) => {
    if (!(await loadListView(queryClient, deps))) throw notFound();
  },
  component: BrowseLayout,
  pendingComponent: BrowsePending,
  errorComponent: BrowseError,
  notFoundComponent: CategoryNotFound,
});

/** The list's tally without suspending: null while a category's counts load. */
function useTally(index: BundleIndex, listKey: string): DayTally | null {
  const days = useQuery({ ...listDaysQueryOptions(listKey), enabled: listKey !== ALL_LIST }).data;
  return listKey === ALL_LIST ? tallyOfIndex(index) : days ?? null;
}

function BrowseLayout() {
  const { t } = useI18n();
  const search = Route.useSearch();
  const navigate = useNavigate();
  const { data: index } = useSuspenseQuery(indexQueryOptions);
  const list = resolveList(index, search.category);
  const activeId = useParams({ strict: false }).id ?? null;
  const splitView = useMediaQuery(SPLIT_VIEW_QUERY);
  // On a narrow screen an open article takes the whole width; the list comes back (at the
  // same offset, see list-scroll-memory) when the reader goes back.
  const showList = !activeId || splitView;
  const { filter, notices } = readDateFilter(search);
  const tally = useTally(index, list?.key ?? ALL_LIST);
  // With a filter the loader has fetched the tally, so rows are known on the first render.
  const rows: RowSpan | null = filter.kind === 'none' ? { offset: 0, count: list?.count ?? 0 } : tally && rowsOfFilter(tally, filter);
  const listKey = list?.key ?? ALL_LIST;
  const filterScrollKey = listScrollKey(listKey, filter);

  // Search (features/search): the results replace the list; Starred and unread-only apply to browsing.
  const q = search.q ?? '';
  const found = useSearchRows(q, index, list?.node ?? null, spanOfFilter(index, filter));
  const searching = found.active;
  const terms = found.results.parsed.terms;
  const termsKey = terms.map((term) => term.text).join(' ');
  const renderText = useCallback(
    (text: string): ReactNode => <HighlightedText text={text} terms={terms} />,
    // `terms` is derived from `q`; its text is what matters.
    [termsKey],
  );
  const queryClient = useQueryClient();
  const setQuery = (next: string) =>
    void navigate({ to: '.', search: (prev: BrowseSearch) => ({ ...prev, q: next || undefined }), replace: true });

  const mode: ViewMode = searching ? 'list' : search.starred ? 'starred' : search.unread ? 'unread' : 'list';
  const scrollKey = searching ? `q:${termsKey}|${filterScrollKey}` : mode === 'list' ? filterScrollKey : `${mode}:${filterScrollKey}`;

  // Read state and stars (features/library): counts come from the marks, never from list pages.
  const library = useLibrary(index);
  const facets = useQuery({ ...dayFacetsQueryOptions, enabled: needsFacets(library.state) }).data;
  const readCounts = useUnreadCounts(library, useReadCells(library, library.state, facets, index), filter);
  const readInList = readCounts && readIn(readCounts, listKey);
  const { within, state } = library;
  const starredItems = useMemo(
    () => (mode === 'starred' ? starredInListOrder(state).filter((item) => within(listKey, item.category) && filterKeepsDay(filter, item.day)) : []),
    // The filter object is rebuilt every render; its params are what matter.
    [mode, state, within, listKey, search.from, search.to, search.undated],
  );
  const unreadInView =
    mode === 'starred'
      ? starredItems.filter((item) => !library.isRead(item)).length
      : rows && readInList !== null ? Math.max(0, rows.count - readInList) : null;
  const shownCount = mode === 'starred' ? starredItems.length : mode === 'unread' ? unreadInView : rows?.count ?? null;
  const markAllRead = () => (mode === 'starred' ? library.markEachRead(starredItems) : library.sweep(listKey, filter));

  const changeFilter = (next: DateFilter) => {
    // A new range starts at the top of its list, as a fresh pick from the sidebar does.
    forgetListOffset(listScrollKey(list?.key ?? ALL_LIST, next));
    // The range's first page starts downloading now, not after the navigation's render.
    loadListView(queryClient, { ...search, ...dateSearchOf(next) }).catch(() => undefined);
    void navigate({ to: '/', search: (prev) => ({ ...prev, ...dateSearchOf(next) }) });
  };

  return (
    <div className="flex min-w-0 flex-1">
      {showList && list && (
        <section
          aria-label={t.articleList}
          className={`flex min-h-0 flex-col ${
            activeId ? 'w-full shrink-0 border-r border-zinc-200 md:w-80 lg:w-96 dark:border-zinc-800' : 'min-w-0 flex-1'
          }`}
        >
          <SearchBox
            value={q}
            onSearch={setQuery}
            notice={q ? found.results.parsed.notice : null}
            onStart={() => prefetchSearchIndex(queryClient)}
            onType={(text, signal) =>
              void prefetchSearch(queryClient, text, { node: list.node, span: spanOfFilter(index, filter) }, (rows) => {
                // Without the abort signal: a list that shows the page for a moment and unmounts
                // (the query changed again) does not cancel the fetch the next list needs.
                for (const page of new Set(Array.from(rows, (row) => Math.floor(row / index.pageSize)))) {
                  void queryClient.prefetchQuery({ ...listPageQueryOptions(ALL_LIST, page), queryFn: () => fetchListPage(ALL_LIST, page) });
                }
              }, signal)
            }
          />
          <ListHeader
            primary={!activeId}
            title={mode === 'starred' ? (list.node ? `${t.starred} · ${list.node.name}` : t.starred) : list.node?.name ?? t.all}
            count={searching ? (found.rows?.length ?? null) : shownCount}
            countText={searching && found.rows ? t.resultCount(found.rows.length) : undefined}
            busy={searching && (found.rows === null || found.results.stale)}
            actions={
              searching ? undefined : <ViewControls
                unreadOnly={mode === 'unread'}
                showUnreadToggle={mode !== 'starred'}
                onToggleUnread={() => void navigate({ to: '/', search: (prev) => ({ ...prev, unread: prev.unread ? undefined : 1 }) })}
                onMarkAllRead={unreadInView ? markAllRead : undefined}
              />
            }
          />
          {list.count > 0 && mode !== 'starred' && (
            <Suspense fallback={<div aria-hidden="true" className="h-[92px] shrink-0 border-b border-zinc-200 dark:border-zinc-800" />}>
              <DateBar
                filter={filter}
                notices={notices}
                tally={searching ? found.tally : tally}
                archiveDays={index.days}
                timeZone={index.site.timeZone}
                onChange={changeFilter}
              />
            </Suspense>
          )}
          {searching && found.results.error ? (
            <div className="flex flex-1 flex-col items-center justify-center gap-3 p-6 text-sm text-zinc-600 dark:text-zinc-400">
              <p role="alert">{t.searchFailed}</p>
              <button
                type="button"
                className="rounded-md border border-zinc-300 px-3 py-1 font-medium hover:bg-zinc-100 dark:border-zinc-700 dark:hover:bg-zinc-800"
                onClick={found.results.retry}
              >
                {t.retry}
              </button>
            </div>
          ) : searching && !found.rows ? (
            <ListSkeleton />
          ) : searching && found.rows!.length === 0 ? (
            <SearchEmpty
              q={q}
              onClearCategory={list.node ? () => void navigate({ to: '/', search: (prev: BrowseSearch) => ({ ...prev, category: undefined }) }) : undefined}
              onClearDates={filter.kind !== 'none' ? () => changeFilter({ kind: 'none' }) : undefined}
              onClearQuery={() => setQuery('')}
            />
          ) : searching ? (
            <ListBody
              key={scrollKey}
              linkSearch={search}
              mode="list"
              library={library}
              listKey={ALL_LIST}
              rows={{ offset: 0, count: found.rows!.length }}
              ordinals={found.rows!}
              renderText={renderText}
              scrollKey={scrollKey}
              basePath={list.node?.path ?? []}
              activeId={activeId}
              index={index}
            />
          ) : mode === 'starred' && starredItems.length === 0 ? (
            <EmptyList message={t.emptyStarred} hint={t.emptyStarredHint} />
          ) : mode === 'starred' ? (
            <ListBody key={scrollKey} linkSearch={search} mode={mode} listKey={listKey} rows={{ offset: 0, count: starredItems.length }} scrollKey={scrollKey} basePath={list.node?.path ?? []} activeId={activeId} index={index} library={library} starredItems={starredItems} />
          ) : list.count === 0 ? (
            <EmptyList message={list.node ? t.emptyCategory : t.emptyArchive} />
          ) : rows && rows.count === 0 ? (
            <EmptyRange archiveSpan={daySpan(index.days)} onClear={() => changeFilter({ kind: 'none' })} />
          ) : mode === 'unread' && unreadInView === 0 ? (
            <EmptyList message={t.emptyUnread} />
          ) : rows ? (
            <ListBody
              key={scrollKey}
              linkSearch={search}
              mode={mode}
              library={library}
              facets={facets}
              tally={tally}
              filter={filter}
              listKey={list.key}
              rows={rows}
              scrollKey={scrollKey}
              basePath={list.node?.path ?? []}
              activeId={activeId}
              index={index}
            />
          ) : (
            <ListSkeleton />
          )}
        </section>
      )}
      <Outlet />
    </div>
  );
}

type ViewMode = 'list' | 'unread' | 'starred';

interface ListBodyProps {
  mode: ViewMode;
  library: Library;
  facets?: DayFacets;
  tally?: DayTally | null;
  filter?: DateFilter;
  starredItems?: ArticleSummary[];
  listKey: string;
  rows: RowSpan;
  /** Search results: rows of the `all` list, ranked (replaces `rows.offset`). */
  ordinals?: Int32Array;
  renderText?: (text: string) => ReactNode;
  scrollKey: string;
  basePath: string[];
  activeId: string | null;
  index: BundleIndex;
  linkSearch: BrowseSearch;
}

const NO_FILTER: DateFilter = { kind: 'none' };

function ListBody({ mode, library, facets, tally, filter = NO_FILTER, starredItems, listKey, rows, ordinals, renderText, scrollKey, basePath, activeId, index, linkSearch }: ListBodyProps) {
  const byKey = useMemo(() => indexCategoriesByKey(index.categories), [index]);
  const unread = useUnreadRows(library, facets, index, listKey, mode === 'unread' ? tally ?? null : null, filter);
  const rowSource = useMemo(
    () =>
      starredItems
        ? { pagesOf: () => [], itemAt: (row: number) => starredItems[row] ?? null }
        : ordinals
          ? scatteredRowSource(ordinals, index.pageSize)
          : undefined,
    [starredItems, ordinals, index.pageSize],
  );
  const sourceOf = (item: ArticleSummary) => {
    const node = item.category ? byKey.get(item.category) : undefined;
    return (node && categoryLabelWithin(node.path, basePath)) || item.author || '';
  };
  return (
    <div className="min-h-0 flex-1">
      {mode === 'unread' && !unread ? (
        <ListSkeleton />
      ) : (
      <ArticleList
        listKey={listKey}
        total={mode === 'unread' && unread ? unread.total : rows.count}
        rowSource={mode === 'unread' ? unread?.rowSource : rowSource}
        marksOf={(item) => ({ read: library.isRead(item), starred: library.isStarred(item.id) })}
        rowOffset={rows.offset}
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

function BrowsePending() {
  return (
    <div className="flex min-w-0 flex-1 flex-col">
      <div className="h-[53px] border-b border-zinc-200 dark:border-zinc-800" />
      <ListSkeleton />
    </div>
  );
}

function BrowseError({ error, reset }: ErrorComponentProps) {
  const { t } = useI18n();
  const site = useQuery(indexQueryOptions).data?.site.title;
  useDocumentTitle(titleWithSite(t.loadFailed, site));
  return (
    <div className="min-w-0 flex-1 overflow-y-auto">
      <RouteErrorView error={error} reset={reset} />
    </div>
  );
}

function CategoryNotFound() {
  const { t } = useI18n();
  const { category } = Route.useSearch();
  const site = useQuery(indexQueryOptions).data?.site.title;
  useDocumentTitle(titleWithSite(t.categoryNotFound, site));
  const name = category ? decodeCategoryParam(category).join(' / ') : '';
  return (
    <div className="min-w-0 flex-1 overflow-y-auto">
      <NotFoundView title={t.categoryNotFound} hint={t.categoryNotFoundHint(name)} />
    </div>
  );
}
