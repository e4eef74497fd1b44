import { lazy, Suspense } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { useNavigate, useSearch } from '@tanstack/react-router';
import { ALL_LIST } from '../../bundle/schema.ts';
import { EmptyList } from '../../features/articles/components/empty-list.tsx';
import { ListHeader } from '../../features/articles/components/list-header.tsx';
import { ListSkeleton } from '../../features/articles/components/list-skeleton.tsx';
import { forgetListOffset } from '../../features/articles/lib/list-scroll-memory.ts';
import { EmptyRange } from '../../features/dates/components/empty-range.tsx';
import { dateSearchOf, listScrollKey, type DateFilter } from '../../features/dates/lib/date-filter.ts';
import { daySpan } from '../../features/dates/lib/list-rows.ts';
import { ViewControls } from '../../features/library/components/view-controls.tsx';
import { prefetchSearchIndex } from '../../features/search/api/get-search-index.ts';
import { prefetchSearch } from '../../features/search/api/prefetch-search.ts';
import { SearchBox } from '../../features/search/components/search-box.tsx';
import { SearchEmpty } from '../../features/search/components/search-empty.tsx';
import { SearchFailed } from '../../features/search/components/search-failed.tsx';
import { SortControl } from '../../features/search/components/sort-control.tsx';
import { useMarkedText } from '../../features/search/hooks/use-marked-text.tsx';
import { useI18n } from '../../lib/i18n.ts';
import type { BrowseSearch } from './browse-search.ts';
import { ListBody } from './list-body.tsx';
import { loadListView, prefetchRowPages } from './load-list-view.ts';
import { useBrowseView, useReadState } from './use-browse-view.ts';
import { useListPane } from './use-list-pane.ts';

// The date bar (timeline, presets, date fields) is code-split: the first screen's list does
// not wait for it.
const DateBar = lazy(() => import('../../features/dates/components/date-bar.tsx'));

/** The list of a browse view: search box, title and count, date bar, and the rows or what stands for them. */
export function ListPane({ activeId }: { activeId: string | null }) {
  const { t } = useI18n();
  const search = useSearch({ from: '/_browse' });
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const browse = useBrowseView(search);
  const read = useReadState(browse.index, browse.filter);
  const pane = useListPane(browse, read);
  const renderText = useMarkedText(browse.marker);
  const { index, list, filter, notices, span, found, view } = browse;
  const { library } = read;
  if (!list) return null;

  const q = search.q ?? '';
  const searching = view === 'search';
  const setQuery = (next: string) =>
    void navigate({ to: '.', search: (prev: BrowseSearch) => ({ ...prev, q: next || undefined }), replace: true });
  const changeFilter = (next: DateFilter) => {
    // A new range starts at the top of its list, as a fresh pick from the sidebar does.
    forgetListOffset(listScrollKey(list.key, next));
    // The range's first page starts downloading now, not after the navigation's render.
    loadListView(queryClient, { ...search, ...dateSearchOf(next) }).catch(() => undefined);
    void navigate({ to: '/', search: (prev) => ({ ...prev, ...dateSearchOf(next) }) });
  };
  const markAllRead = () => (view === 'starred' ? library.markEachRead(pane.starred) : library.sweep(list.key, filter));
  const body = { library, scrollKey: pane.scrollKey, basePath: list.node?.path ?? [], activeId, index, linkSearch: search };

  const area = (() => {
    const { content } = pane;
    switch (content.kind) {
      case 'loading':
        return <ListSkeleton />;
      case 'search-failed':
        return <SearchFailed onRetry={found.results.retry} />;
      case 'no-results':
        return (
          <SearchEmpty
            q={q}
            onClearCategory={list.node ? () => void navigate({ to: '/', search: (prev: BrowseSearch) => ({ ...prev, category: undefined }) }) : undefined}
            onClearDates={filter.kind !== 'none' ? () => changeFilter({ kind: 'none' }) : undefined}
            onClearQuery={() => setQuery('')}
          />
        );
      case 'results':
        return <ListBody key={pane.scrollKey} {...body} listKey={ALL_LIST} source={{ kind: 'results', ordinals: content.ordinals }} renderText={renderText} />;
      case 'no-starred':
        return <EmptyList message={t.emptyStarred} hint={t.emptyStarredHint} />;
      case 'starred':
        return <ListBody key={pane.scrollKey} {...body} listKey={list.key} source={{ kind: 'starred', items: content.items }} />;
      case 'empty-list':
        return <EmptyList message={list.node ? t.emptyCategory : t.emptyArchive} />;
      case 'empty-range':
        return <EmptyRange archiveSpan={daySpan(index.days)} onClear={() => changeFilter({ kind: 'none' })} />;
      case 'no-unread':
        return <EmptyList message={t.emptyUnread} />;
      case 'rows':
        return (
          <ListBody
            key={pane.scrollKey}
            {...body}
            listKey={list.key}
            source={{ kind: 'list', rows: content.rows, unreadOnly: view === 'unread', facets: read.facets, tally: pane.tally, filter }}
          />
        );
    }
  })();

  return (
    <section
      aria-label={t.articleList}
      className={`flex min-h-0 flex-col ${
        activeId ? 'w-full shrink-0 border-r border-zinc-200 md:w-80 lg:w-96 dark:border-zinc-800' : 'min-w-0 flex-1'
      }`}
    >
      <SearchBox
        value={q}
        onSearch={setQuery}
        notice={q ? found.results.parsed?.notice ?? null : null}
        reading={q && found.results.parsed ? { text: found.results.parsed.reading, notes: found.results.parsed.notes } : null}
        onStart={() => prefetchSearchIndex(queryClient)}
        onType={(text, signal) =>
          void prefetchSearch(queryClient, text, { node: list.node, span }, (rows) => prefetchRowPages(queryClient, index, rows), signal)
        }
      />
      <ListHeader
        primary={!activeId}
        title={view === 'starred' ? (list.node ? `${t.starred} · ${list.node.name}` : t.starred) : list.node?.name ?? t.all}
        count={pane.count}
        countText={searching && found.rows ? t.resultCount(found.rows.length) : undefined}
        busy={searching && (found.rows === null || found.results.stale)}
        actions={
          searching ? (
            <SortControl
              value={search.sort ?? 'newest'}
              onChange={(sort) => void navigate({ to: '.', search: (prev: BrowseSearch) => ({ ...prev, sort: sort === 'relevance' ? sort : undefined }), replace: true })}
            />
          ) : (
            <ViewControls
              unreadOnly={view === 'unread'}
              showUnreadToggle={view !== 'starred'}
              onToggleUnread={() => void navigate({ to: '/', search: (prev) => ({ ...prev, unread: prev.unread ? undefined : 1 }) })}
              onMarkAllRead={pane.unread ? markAllRead : undefined}
            />
          )
        }
      />
      {list.count > 0 && view !== 'starred' && (
        <Suspense fallback={<div aria-hidden="true" className="h-[92px] shrink-0 border-b border-zinc-200 dark:border-zinc-800" />}>
          <DateBar
            filter={filter}
            notices={notices}
            tally={searching ? found.tally : pane.tally}
            archiveDays={index.days}
            timeZone={index.site.timeZone}
            onChange={changeFilter}
          />
        </Suspense>
      )}
      {area}
    </section>
  );
}
