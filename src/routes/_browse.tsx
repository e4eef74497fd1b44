import { useMemo } from 'react';
import { useSuspenseQuery, useQuery } from '@tanstack/react-query';
import { Outlet, createFileRoute, notFound, useParams, useRouter, type ErrorComponentProps } from '@tanstack/react-router';
import { ALL_LIST, type ArticleSummary, type BundleIndex, type CategoryNode } from '../bundle/schema.ts';
import { listPageQueryOptions } from '../features/articles/api/get-list-page.ts';
import { ArticleList } from '../features/articles/components/article-list.tsx';
import { EmptyList } from '../features/articles/components/empty-list.tsx';
import { ListHeader } from '../features/articles/components/list-header.tsx';
import { ListSkeleton } from '../features/articles/components/list-skeleton.tsx';
import { indexQueryOptions } from '../features/categories/api/get-index.ts';
import { categoryLabelWithin, findCategoryByPath, indexCategoriesByKey } from '../features/categories/lib/find-category.ts';
import { ErrorView } from '../features/shell/components/error-view.tsx';
import { NotFoundView } from '../features/shell/components/not-found-view.tsx';
import { decodeCategoryParam } from '../lib/category-param.ts';
import { useI18n } from '../lib/i18n.ts';
import { SPLIT_VIEW_QUERY, useMediaQuery } from '../lib/use-media-query.ts';
import { useDocumentTitle } from '../lib/use-document-title.ts';

/** The list filter, shared by the list view and the reader (`/articles/<id>?category=…`). */
export interface BrowseSearch {
  /** Name path of a category node (see lib/category-param.ts); absent = the whole archive. */
  category?: string;
}

export const Route = createFileRoute('/_browse')({
  validateSearch: (search: Record<string, unknown>): BrowseSearch => {
    const category = typeof search.category === 'string' ? search.category.trim() : '';
    return category ? { category } : {};
  },
  loaderDeps: ({ search }) => ({ category: search.category }),
  loader: async ({ context: { queryClient }, deps }) => {
    const index = await queryClient.ensureQueryData(indexQueryOptions);
    const list = resolveList(index, deps.category);
    if (!list) throw notFound();
    if (list.count > 0) await queryClient.ensureQueryData(listPageQueryOptions(list.key, 0));
  },
  component: BrowseLayout,
  pendingComponent: BrowsePending,
  errorComponent: BrowseError,
  notFoundComponent: CategoryNotFound,
});

interface ResolvedList {
  key: string;
  node: CategoryNode | null;
  count: number;
}

/** The list a `category` param names, or null when the archive has no such category. */
function resolveList(index: BundleIndex, category: string | undefined): ResolvedList | null {
  if (!category) return { key: ALL_LIST, node: null, count: index.total };
  const node = findCategoryByPath(index.categories, decodeCategoryParam(category));
  return node ? { key: node.key, node, count: node.count } : null;
}

function BrowseLayout() {
  const { t } = useI18n();
  const { category } = Route.useSearch();
  const { data: index } = useSuspenseQuery(indexQueryOptions);
  const list = resolveList(index, category);
  const activeId = useParams({ strict: false }).id ?? null;
  const splitView = useMediaQuery(SPLIT_VIEW_QUERY);
  // On a narrow screen an open article takes the whole width; the list comes back (at the
  // same offset, see list-scroll-memory) when the reader goes back.
  const showList = !activeId || splitView;

  return (
    <div className="flex min-w-0 flex-1">
      {showList && list && (
        <section
          aria-label={t.articleList}
          className={`flex min-h-0 flex-col ${
            activeId ? 'w-full shrink-0 border-r border-zinc-200 md:w-80 lg:w-96 dark:border-zinc-800' : 'min-w-0 flex-1'
          }`}
        >
          <ListHeader title={list.node?.name ?? t.all} count={list.count} />
          {list.count === 0 ? (
            <EmptyList message={list.node ? t.emptyCategory : t.emptyArchive} />
          ) : (
            <ListBody key={list.key} listKey={list.key} basePath={list.node?.path ?? []} activeId={activeId} index={index} />
          )}
        </section>
      )}
      <Outlet />
    </div>
  );
}

function ListBody({ listKey, basePath, activeId, index }: { listKey: string; basePath: string[]; activeId: string | null; index: BundleIndex }) {
  const { data: firstPage } = useSuspenseQuery(listPageQueryOptions(listKey, 0));
  const byKey = useMemo(() => indexCategoriesByKey(index.categories), [index]);
  const sourceOf = (item: ArticleSummary) => {
    const node = item.category ? byKey.get(item.category) : undefined;
    return (node && categoryLabelWithin(node.path, basePath)) || item.author || '';
  };
  return (
    <div className="min-h-0 flex-1">
      <ArticleList
        listKey={listKey}
        total={firstPage.total}
        pageSize={index.pageSize}
        activeId={activeId}
        timeZone={index.site.timeZone}
        sourceOf={sourceOf}
      />
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
  const router = useRouter();
  const { t } = useI18n();
  const site = useQuery(indexQueryOptions).data?.site.title;
  useDocumentTitle(site ? `${t.loadFailed} · ${site}` : t.loadFailed);
  return (
    <div className="min-w-0 flex-1 overflow-y-auto">
      <ErrorView
        detail={error instanceof Error ? error.message : undefined}
        onRetry={() => {
          reset();
          void router.invalidate();
        }}
      />
    </div>
  );
}

function CategoryNotFound() {
  const { t } = useI18n();
  const { category } = Route.useSearch();
  const site = useQuery(indexQueryOptions).data?.site.title;
  useDocumentTitle(site ? `${t.categoryNotFound} · ${site}` : t.categoryNotFound);
  const name = category ? decodeCategoryParam(category).join(' / ') : '';
  return (
    <div className="min-w-0 flex-1 overflow-y-auto">
      <NotFoundView title={t.categoryNotFound} hint={t.categoryNotFoundHint(name)} />
    </div>
  );
}
