import { useEffect, useEffectEvent } from 'react';
import { useQuery, useSuspenseQuery } from '@tanstack/react-query';
import { createFileRoute, notFound, type ErrorComponentProps } from '@tanstack/react-router';
import { ALL_LIST } from '../../bundle/schema.ts';
import { indexQueryOptions } from '../../data/bundle-index.ts';
import { listIndexQueryOptions } from '../../features/articles/api/get-list-index.ts';
import { ReaderActions } from '../../features/library/components/reader-actions.tsx';
import { useLibrary } from '../../features/library/hooks/use-library.ts';
import { storageKeyOf } from '../../features/library/lib/library-store.ts';
import { articleQueryOptions } from '../../features/reader/api/get-article.ts';
import { ArticleView } from '../../features/reader/components/article-view.tsx';
import { ReaderPane } from '../../features/reader/components/reader-pane.tsx';
import { ReaderSkeleton } from '../../features/reader/components/reader-skeleton.tsx';
import { focusReader } from '../../features/keyboard/lib/reader-focus.ts';
import { useMarkedBody } from '../../features/search/hooks/use-marked-body.ts';
import { useMarkedText } from '../../features/search/hooks/use-marked-text.tsx';
import { RouteErrorView } from '../../features/shell/components/error-view.tsx';
import { NotFoundView } from '../../features/shell/components/not-found-view.tsx';
import { DataNotFoundError } from '../../lib/fetch-data.ts';
import { useI18n } from '../../lib/i18n.ts';
import { titleWithSite, useDocumentTitle } from '../../lib/use-document-title.ts';
import { resolveList } from '../-browse/browse-list.ts';
import { useBrowseView } from '../-browse/use-browse-view.ts';
import { useReaderNeighbours } from '../-browse/use-reader-neighbours.ts';
import { useReadingPosition } from '../-browse/use-reading-position.ts';

/** Ids are URL-safe by contract; anything else cannot name a data file. */
const ARTICLE_ID = /^[A-Za-z0-9_-]+$/;

export const Route = createFileRoute('/_browse/articles/$id')({
  loaderDeps: ({ search: { category } }) => ({ category }),
  loader: async ({ context: { queryClient }, params, deps }) => {
    if (!ARTICLE_ID.test(params.id)) throw notFound();
    const article = queryClient.ensureQueryData(articleQueryOptions(params.id));
    // Previous and next need the list's index: its request goes out right after the article's,
    // not from an effect once the view has painted.
    const index = queryClient.getQueryData(indexQueryOptions.queryKey);
    if (index) void queryClient.prefetchQuery(listIndexQueryOptions(resolveList(index, deps.category)?.key ?? ALL_LIST));
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
  const browse = useBrowseView(Route.useSearch());
  const { index, marker } = browse;
  const { data: article } = useSuspenseQuery(articleQueryOptions(id));
  const library = useLibrary(index);
  const { previous, next } = useReaderNeighbours(browse, library, id, article.day);
  const renderTitle = useMarkedText(marker);
  const decorateBody = useMarkedBody(marker);
  const { t } = useI18n();
  useDocumentTitle(titleWithSite(article.title.trim() || t.untitled, index.site.title));
  const { markRead } = library;
  // Opening an article reads it, once per article (not on every library change), so `m` or the
  // button can mark it unread again while it stays open.
  const markOpened = useEffectEvent(() => markRead(article));
  useEffect(() => {
    markOpened();
  }, [article.id]);
  // Opening an article moves focus to it, so the keys page it; the list keeps its place.
  useEffect(focusReader, [id]);
  useReadingPosition(storageKeyOf(library.archive), id);
  return (
    // Keyed by id: the next article starts at the top of the pane.
    <ReaderPane key={id}>
      <ArticleView
        article={article}
        timeZone={index.site.timeZone}
        previous={previous}
        next={next}
        actions={<ReaderActions article={article} library={library} />}
        renderTitle={renderTitle}
        decorateBody={decorateBody}
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
