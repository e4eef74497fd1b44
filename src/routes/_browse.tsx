import { Outlet, createFileRoute, notFound, useParams, type ErrorComponentProps } from '@tanstack/react-router';
import { useQuery } from '@tanstack/react-query';
import { indexQueryOptions } from '../data/bundle-index.ts';
import { ListSkeleton } from '../features/articles/components/list-skeleton.tsx';
import { prefetchSearchIndex } from '../features/search/api/get-search-index.ts';
import { RouteErrorView } from '../features/shell/components/error-view.tsx';
import { NotFoundView } from '../features/shell/components/not-found-view.tsx';
import { useI18n } from '../lib/i18n.ts';
import { SPLIT_VIEW_QUERY, useMediaQuery } from '../lib/use-media-query.ts';
import { titleWithSite, useDocumentTitle } from '../lib/use-document-title.ts';
import { categoryParamName } from './-browse/browse-list.ts';
import { ListPane } from './-browse/list-pane.tsx';
import { loadListView } from './-browse/load-list-view.ts';

/**
 * The browse views: the list (`/`) and the reader beside it (`/articles/<id>`). Their filters
 * are the root's validated search (see browse-search.ts).
 */
export const Route = createFileRoute('/_browse')({
  loaderDeps: ({ search: { category, from, to, undated, starred } }) => ({ category, from, to, undated, starred }),
  loader: async ({ context: { queryClient }, deps, location }) => {
    // A link with a query: the search code and the index's small files load beside the list,
    // not after the first render asks for them.
    if ((location.search as { q?: string }).q) prefetchSearchIndex(queryClient);
    if (!(await loadListView(queryClient, deps))) throw notFound();
  },
  component: BrowseLayout,
  pendingComponent: BrowsePending,
  errorComponent: BrowseError,
  notFoundComponent: CategoryNotFound,
});

function BrowseLayout() {
  const activeId = useParams({ strict: false }).id ?? null;
  const splitView = useMediaQuery(SPLIT_VIEW_QUERY);
  // On a narrow screen an open article takes the whole width; the list comes back (at the
  // same offset, see list-scroll-memory) when the reader goes back.
  const showList = !activeId || splitView;
  return (
    <div className="flex min-w-0 flex-1">
      {showList && <ListPane activeId={activeId} />}
      <Outlet />
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
  return (
    <div className="min-w-0 flex-1 overflow-y-auto">
      <NotFoundView title={t.categoryNotFound} hint={t.categoryNotFoundHint(categoryParamName(category))} />
    </div>
  );
}
