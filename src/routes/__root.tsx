import { lazy, Suspense, useEffect, useMemo, useRef, useState } from 'react';
import type { QueryClient } from '@tanstack/react-query';
import { useQuery, useQueryClient, useSuspenseQuery } from '@tanstack/react-query';
import { Link, Outlet, createRootRouteWithContext, useSearch, type ErrorComponentProps } from '@tanstack/react-router';
import { ALL_LIST, type CategoryNode } from '../bundle/schema.ts';
import { findCategoryByPath } from '../features/categories/lib/find-category.ts';
import { loadListView, prefetchListView } from '../features/articles/api/load-list-view.ts';
import { forgetListOffset } from '../features/articles/lib/list-scroll-memory.ts';
import { indexQueryOptions } from '../features/categories/api/get-index.ts';
import { CategoryTree } from '../features/categories/components/category-tree.tsx';
import { dayFacetsQueryOptions } from '../features/dates/api/get-day-facets.ts';
import { listScrollKey, readDateFilter } from '../features/dates/lib/date-filter.ts';
import { categoryCountsInFilter } from '../features/dates/lib/facet-counts.ts';
import { spanOfFilter } from '../features/dates/lib/list-rows.ts';
import { useSearchRows } from '../features/search/hooks/use-search-rows.ts';
import { RouteErrorView } from '../features/shell/components/error-view.tsx';
import { LanguageSwitch } from '../features/shell/components/language-switch.tsx';
import { NotFoundView } from '../features/shell/components/not-found-view.tsx';
import { SkipLink } from '../features/shell/components/skip-link.tsx';
import { StarredLink } from '../features/library/components/starred-link.tsx';
import { useLibrary } from '../features/library/hooks/use-library.ts';
import { needsFacets, useReadCells, useUnreadCounts } from '../features/library/hooks/use-read-counts.ts';
import { readIn } from '../features/library/lib/read-counts.ts';
import { useReaderShortcuts } from './-reader-shortcuts.ts';
import type { RootDialogName } from './-root-dialogs.tsx';
import { decodeCategoryParam, encodeCategoryParam } from '../lib/category-param.ts';
import { titleWithSite, useDocumentTitle } from '../lib/use-document-title.ts';
import { useI18n } from '../lib/i18n.ts';
import { CloseIcon } from '../lib/close-icon.tsx';

export interface RouterContext {
  queryClient: QueryClient;
}

export const Route = createRootRouteWithContext<RouterContext>()({
  loader: ({ context }) => context.queryClient.ensureQueryData(indexQueryOptions),
  component: RootLayout,
  pendingComponent: RootPending,
  errorComponent: RootError,
  notFoundComponent: RootNotFound,
});

const MAIN_ID = 'main';

// The help and settings dialogs are code-split; pointing at (or focusing) their buttons
// fetches them ahead of the click.
const loadRootDialog = () => import('./-root-dialogs.tsx');
const RootDialog = lazy(loadRootDialog);
const preloadRootDialog = () => void loadRootDialog().catch(() => undefined);

function RootLayout() {
  const { t } = useI18n();
  const { data: index } = useSuspenseQuery(indexQueryOptions);
  const queryClient = useQueryClient();
  const search = useSearch({ strict: false });
  // The sidebar selects what the page shows: the matched route's category, which changes once
  // the new list is loaded. A click marks its item at once without rendering (CategoryTree);
  // following the URL instead re-rendered the whole layout before the list's data could land.
  const activePath = search.category ? decodeCategoryParam(search.category) : null;
  // Facets: under a date filter the sidebar counts what each category has in that range.
  const { filter } = readDateFilter(search);
  const library = useLibrary(index);
  // Facets: the counts under a date filter, and what a "mark all as read" covered.
  const facets = useQuery({ ...dayFacetsQueryOptions, enabled: filter.kind !== 'none' || needsFacets(library.state) }).data;
  const counts = useMemo(
    () => (filter.kind !== 'none' && facets ? categoryCountsInFilter(facets, index.categories, filter) : null),
    // The filter is rebuilt every render; its params are what matter.
    [facets, index, search.from, search.to, search.undated],
  );
  const span = spanOfFilter(index, filter);
  // Under a search, the sidebar counts the matches (in the date range) per category.
  const found = useSearchRows(search.q ?? '', index, null, span);
  const allCount = found.active && found.total !== null ? found.total : span ? span.count : index.total;
  const readCounts = useUnreadCounts(library, useReadCells(library, library.state, facets, index), filter);
  const countIn = (node: CategoryNode) => (filter.kind === 'none' ? node.count : counts?.get(node.key));
  // Unread counts follow the date range; under a search the sidebar counts matches only.
  const unreadOf = (node: CategoryNode | null) => {
    const count = node ? countIn(node) : span ? span.count : index.total;
    if (found.active || !readCounts || count === undefined) return undefined;
    return Math.max(0, count - readIn(readCounts, node?.key ?? ALL_LIST));
  };
  const [dialog, setDialog] = useState<RootDialogName | null>(null);
  const activeKey = activePath ? findCategoryByPath(index.categories, activePath)?.key ?? null : null;
  useReaderShortcuts({ index, library, activeKey, openHelp: () => setDialog('help') });
  const [drawerOpen, setDrawerOpen] = useState(false);
  const menuButton = useRef<HTMLButtonElement>(null);
  const closeButton = useRef<HTMLButtonElement>(null);

  const closeDrawer = () => {
    setDrawerOpen(false);
    menuButton.current?.focus();
  };

  useEffect(() => {
    if (!drawerOpen) return;
    closeButton.current?.focus();
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key === 'Escape') {
        setDrawerOpen(false);
        menuButton.current?.focus();
      }
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [drawerOpen]);

  return (
    <div className="flex h-dvh flex-col">
      <SkipLink targetId={MAIN_ID} />
      <header className="flex h-12 shrink-0 items-center gap-1 border-b border-zinc-200 bg-white px-2 lg:px-4 dark:border-zinc-800 dark:bg-zinc-950">
        <button
          ref={menuButton}
          type="button"
          aria-label={t.openCategories}
          aria-expanded={drawerOpen}
          aria-controls="sidebar"
          onClick={() => setDrawerOpen(true)}
          className="grid size-9 place-items-center rounded-md text-zinc-600 hover:bg-zinc-100 lg:hidden dark:text-zinc-300 dark:hover:bg-zinc-800"
        >
          <svg aria-hidden="true" viewBox="0 0 20 20" className="size-5">
            <path d="M3 5.5h14M3 10h14M3 14.5h14" stroke="currentColor" strokeWidth="1.7" strokeLinecap="round" />
          </svg>
        </button>
        <Link to="/" className="truncate rounded-md px-1.5 py-1 text-base font-semibold tracking-tight">
          {index.site.title}
        </Link>
        <div className="ml-auto flex items-center gap-0.5">
          <button type="button" aria-label={t.keyboardShortcuts} title={`${t.keyboardShortcuts} (?)`} onClick={() => setDialog('help')} onPointerEnter={preloadRootDialog} onFocus={preloadRootDialog} className={headerButtonClass}>
            <svg aria-hidden="true" viewBox="0 0 20 20" className="size-5">
              <rect x="2.5" y="5" width="15" height="10" rx="2" fill="none" stroke="currentColor" strokeWidth="1.5" />
              <path d="M5.5 8h1M9.5 8h1M13.5 8h1M6.5 12h7" stroke="currentColor" strokeWidth="1.5" strokeLinecap="round" />
            </svg>
          </button>
          <button type="button" aria-label={t.settings} title={t.settings} onClick={() => setDialog('settings')} onPointerEnter={preloadRootDialog} onFocus={preloadRootDialog} className={headerButtonClass}>
            <svg aria-hidden="true" viewBox="0 0 20 20" className="size-5">
              <path d="M4 6h12M4 14h12" stroke="currentColor" strokeWidth="1.5" strokeLinecap="round" />
              <circle cx="8" cy="6" r="2" fill="var(--color-white)" className="dark:fill-zinc-950" stroke="currentColor" strokeWidth="1.5" />
              <circle cx="12.5" cy="14" r="2" fill="var(--color-white)" className="dark:fill-zinc-950" stroke="currentColor" strokeWidth="1.5" />
            </svg>
          </button>
          <LanguageSwitch />
        </div>
        {dialog && (
          <Suspense fallback={null}>
            <RootDialog name={dialog} library={library} onClose={() => setDialog(null)} />
          </Suspense>
        )}
      </header>
      <div className="flex min-h-0 flex-1">
        {drawerOpen && (
          <div aria-hidden="true" className="fixed inset-0 z-30 bg-zinc-950/40 lg:hidden" onClick={closeDrawer} />
        )}
        <nav
          id="sidebar"
          aria-label={t.categoryNav}
          className={`${
            drawerOpen ? 'fixed inset-y-0 left-0 z-40 flex w-72 max-w-[85vw] shadow-xl' : 'hidden'
          } shrink-0 flex-col border-r border-zinc-200 bg-zinc-50 lg:static lg:z-auto lg:flex lg:w-64 lg:shadow-none dark:border-zinc-800 dark:bg-zinc-900`}
        >
          <div className="flex h-12 shrink-0 items-center justify-between border-b border-zinc-200 px-3 lg:hidden dark:border-zinc-800">
            <span className="font-semibold">{t.categoryTree}</span>
            <button
              ref={closeButton}
              type="button"
              aria-label={t.closeCategories}
              onClick={closeDrawer}
              className="grid size-9 place-items-center rounded-md text-zinc-600 hover:bg-zinc-200 dark:text-zinc-300 dark:hover:bg-zinc-800"
            >
              <CloseIcon />
            </button>
          </div>
          <div className="min-h-0 flex-1 overflow-y-auto">
            <StarredLink
              count={Object.keys(library.state.starred).length}
              active={search.starred === 1}
              onSelect={() => setDrawerOpen(false)}
            />
            <CategoryTree
              roots={index.categories}
              total={allCount}
              activePath={activePath}
              countOf={
                found.active ? (node) => found.categoryCounts?.get(node.key) : filter.kind === 'none' ? undefined : (node) => counts?.get(node.key)
              }
              unreadOf={unreadOf}
              allSelected={search.starred !== 1}
              linkSearch={search}
              onSelect={(node) => {
                // A fresh pick from the sidebar starts the list at the top.
                forgetListOffset(listScrollKey(node?.key ?? ALL_LIST, filter));
                // Its first page and timeline start downloading now, not after the navigation's render.
                const { from, to, undated, starred } = search;
                loadListView(queryClient, { from, to, undated, starred, category: node ? encodeCategoryParam(node.path) : undefined }).catch(() => undefined);
                setDrawerOpen(false);
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
          </div>
        </nav>
        <main id={MAIN_ID} tabIndex={-1} className="flex min-w-0 flex-1 outline-none">
          <Outlet />
        </main>
      </div>
    </div>
  );
}

const headerButtonClass =
  'grid size-9 place-items-center rounded-md text-zinc-600 hover:bg-zinc-100 hover:text-zinc-900 dark:text-zinc-300 dark:hover:bg-zinc-800 dark:hover:text-zinc-50';

function RootPending() {
  return (
    <div className="flex h-dvh flex-col" aria-busy="true">
      <div className="h-12 shrink-0 border-b border-zinc-200 dark:border-zinc-800" />
      <div className="flex flex-1">
        <div className="hidden w-64 border-r border-zinc-200 bg-zinc-50 lg:block dark:border-zinc-800 dark:bg-zinc-900" />
      </div>
    </div>
  );
}

function RootError({ error, reset }: ErrorComponentProps) {
  const { t } = useI18n();
  useDocumentTitle(t.loadFailed);
  return (
    <main className="flex min-h-dvh items-start justify-center">
      <RouteErrorView error={error} reset={reset} />
    </main>
  );
}

function RootNotFound() {
  const { t } = useI18n();
  const site = useQuery(indexQueryOptions).data?.site.title;
  useDocumentTitle(titleWithSite(t.pageNotFound, site));
  return (
    <div className="flex-1 overflow-y-auto">
      <NotFoundView title={t.pageNotFound} hint={t.pageNotFoundHint} />
    </div>
  );
}
