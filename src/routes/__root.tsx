import { lazy, Suspense, useState } from 'react';
import type { QueryClient } from '@tanstack/react-query';
import { useQuery } from '@tanstack/react-query';
import { Outlet, createRootRouteWithContext, type ErrorComponentProps } from '@tanstack/react-router';
import { indexQueryOptions } from '../data/bundle-index.ts';
import { AppShell } from '../features/shell/components/app-shell.tsx';
import { RouteErrorView } from '../features/shell/components/error-view.tsx';
import { NotFoundView } from '../features/shell/components/not-found-view.tsx';
import { useI18n } from '../lib/i18n.ts';
import { titleWithSite, useDocumentTitle } from '../lib/use-document-title.ts';
import { validateBrowseSearch } from './-browse/browse-search.ts';
import { useBrowseView, useReadState } from './-browse/use-browse-view.ts';
import { BrowseSidebar } from './-root/browse-sidebar.tsx';
import { useReaderShortcuts } from './-root/reader-shortcuts.ts';
import type { RootDialogName } from './-root/root-dialogs.tsx';

export const Route = createRootRouteWithContext<{ queryClient: QueryClient }>()({
  // The browse filters are read here, for every page: the sidebar shows them everywhere, and the
  // list and the reader below read the same validated search.
  validateSearch: validateBrowseSearch,
  loader: ({ context }) => context.queryClient.ensureQueryData(indexQueryOptions),
  component: RootLayout,
  pendingComponent: RootPending,
  errorComponent: RootError,
  notFoundComponent: RootNotFound,
});

// The help and settings dialogs are code-split; pointing at (or focusing) their buttons
// fetches them ahead of the click.
const loadRootDialog = () => import('./-root/root-dialogs.tsx');
const RootDialog = lazy(loadRootDialog);
const preloadRootDialog = () => void loadRootDialog().catch(() => undefined);

function RootLayout() {
  const search = Route.useSearch();
  const browse = useBrowseView(search);
  const read = useReadState(browse.index, browse.filter);
  const [dialog, setDialog] = useState<RootDialogName | null>(null);
  useReaderShortcuts({ index: browse.index, library: read.library, activeKey: browse.list?.node?.key ?? null, openHelp: () => setDialog('help') });
  return (
    <AppShell
      siteTitle={browse.index.site.title}
      onHelp={() => setDialog('help')}
      onSettings={() => setDialog('settings')}
      onDialogIntent={preloadRootDialog}
      dialog={
        dialog && (
          <Suspense fallback={null}>
            <RootDialog name={dialog} library={read.library} onClose={() => setDialog(null)} />
          </Suspense>
        )
      }
      sidebar={(closeDrawer) => <BrowseSidebar search={search} browse={browse} read={read} onPick={closeDrawer} />}
    >
      <Outlet />
    </AppShell>
  );
}

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
