import { useCallback, useEffect } from 'react';
import { useQuery, useSuspenseQuery } from '@tanstack/react-query';
import { createFileRoute, notFound, type ErrorComponentProps } from '@tanstack/react-router';
import { ALL_LIST } from '../../bundle/schema.ts';
import { listIndexQueryOptions } from '../../features/articles/api/get-list-index.ts';
import { useListNeighbours } from '../../features/articles/hooks/use-list-neighbours.ts';
import { useRowNeighbours } from '../../features/articles/hooks/use-row-neighbours.ts';
import { indexQueryOptions } from '../../features/categories/api/get-index.ts';
import { findCategoryByPath } from '../../features/categories/lib/find-category.ts';
import { filterKeepsDay, readDateFilter } from '../../features/dates/lib/date-filter.ts';
import { spanOfFilter } from '../../features/dates/lib/list-rows.ts';
import { articleQueryOptions } from '../../features/reader/api/get-article.ts';
import { ArticleView } from '../../features/reader/components/article-view.tsx';
import { ReaderActions } from '../../features/library/components/reader-actions.tsx';
import { useLibrary } from '../../features/library/hooks/use-library.ts';
import { ReaderPane } from '../../features/reader/components/reader-pane.tsx';
import { ReaderSkeleton } from '../../features/reader/components/reader-skeleton.tsx';
import { HighlightedText } from '../../features/search/components/highlighted-text.tsx';
import { useSearchRows } from '../../features/search/hooks/use-search-rows.ts';
import { highlightInDom } from '../../features/search/lib/highlight-dom.ts';
import { RouteErrorView } from '../../features/shell/components/error-view.tsx';
import { NotFoundView } from '../../features/shell/components/not-found-view.tsx';
import { decodeCategoryParam } from '../../lib/category-param.ts';
import { DataNotFoundError } from '../../lib/fetch-data.ts';
import { useI18n } from '../../lib/i18n.ts';
import { titleWithSite, useDocumentTitle } from '../../lib/use-document-title.ts';

/** Ids are URL-safe by contract; anything else cannot name a data file. */
const ARTICLE_ID = /^[A-Za-z0-9_-]+$/;

export const Route = createFileRoute('/_browse/articles/$id')({
  loader: async ({ context: { queryClient }, params, location }) => {
    if (!ARTICLE_ID.test(params.id)) throw notFound();
    const article = queryClient.ensureQueryData(articleQueryOptions(params.id));
    // Previous and next need the list's index: its request goes out after the article's, not
    // from an effect of the rendered view (that fetch call alone held the paint 3-5 ms).
    const index = queryClient.getQueryData(indexQueryOptions.queryKey);
    if (index) {
      const { category } = location.search as { category?: unknown };
      const node = typeof category === 'string' && category ? findCategoryByPath(index.categories, decodeCategoryParam(category)) : null;
      void queryClient.prefetchQuery(listIndexQueryOptions(node?.key ?? ALL_LIST));
    }
    try {
      await article;
    } catch (error) {
      if (error instanceof DataNotFoundError) throw notFound();
      throw error;
    }
  },
  component: ArticleRoute,
  pendingComponent: ArticlePending,
  errorComponent: ArticleError,
  notFoundComponent: ArticleNotFound,
});

function ArticleRoute() {
  const { id } = Route.useParams();
  const search = Route.useSearch();
  const { category } = search;
  const { data: index } = useSuspenseQuery(indexQueryOptions);
  const { data: article } = useSuspenseQuery(articleQueryOptions(id));
  const listNode = category ? findCategoryByPath(index.categories, decodeCategoryParam(category)) : null;
  const neighbours = useListNeighbours(listNode?.key ?? ALL_LIST, id, article.day);
  // Under a date filter, previous and next stay within the filtered list.
  const { filter } = readDateFilter(search);
  const within = (item: typeof neighbours.previous) => (item && filterKeepsDay(filter, item.day) ? item : null);
  // Under a search, they are the results before and after this one.
  const found = useSearchRows(search.q ?? '', index, listNode, spanOfFilter(index, filter));
  const inResults = useRowNeighbours(found.active ? found.rows : null, id, article.day);
  const previous = found.active ? inResults.previous : within(neighbours.previous);
  const next = found.active ? inResults.next : within(neighbours.next);
  const terms = found.results.parsed.terms;
  const termsKey = terms.map((term) => term.text).join(' ');
  const decorateBody = useCallback(
    (root: HTMLElement) => highlightInDom(root, terms),
    // `terms` is derived from `q`; its text is what matters.
    [termsKey],
  );
  const renderText = useCallback((text: string) => <HighlightedText text={text} terms={terms} />, [termsKey]);
  const { t } = useI18n();
  useDocumentTitle(titleWithSite(article.title.trim() || t.untitled, index.site.title));
  const library = useLibrary(index);
  const { markRead } = library;
  // Opening an article reads it, once per article (not on every library change), so `m` or the
  // button can mark it unread again while it stays open.
  useEffect(() => {
    markRead(article);
  }, [article.id]);
  return (
    // Keyed by id: the next article starts at the top of the pane.
    <ReaderPane key={id}>
      <ArticleView
        article={article}
        timeZone={index.site.timeZone}
        previous={previous}
        next={next}
        actions={<ReaderActions article={article} library={library} />}
        renderTitle={terms.length ? renderText : undefined}
        decorateBody={terms.length ? decorateBody : undefined}
      />
    </ReaderPane>
  );
}

function ArticlePending() {
  return (
    <ReaderPane>
      <ReaderSkeleton />
    </ReaderPane>
  );
}

function ArticleError({ error, reset }: ErrorComponentProps) {
  const { t } = useI18n();
  const site = useQuery(indexQueryOptions).data?.site.title;
  useDocumentTitle(titleWithSite(t.loadFailed, site));
  return (
    <ReaderPane>
      <RouteErrorView error={error} reset={reset} />
    </ReaderPane>
  );
}

function ArticleNotFound() {
  const { t } = useI18n();
  const site = useQuery(indexQueryOptions).data?.site.title;
  useDocumentTitle(titleWithSite(t.articleNotFound, site));
  return (
    <ReaderPane>
      <NotFoundView title={t.articleNotFound} hint={t.articleNotFoundHint} />
    </ReaderPane>
  );
}
