/**
 * What each key of features/keyboard does in this app: the route layer is where the list, the
 * reader, the library and the category tree meet.
 */
import { useQueryClient, type QueryClient } from '@tanstack/react-query';
import { useNavigate, useParams } from '@tanstack/react-router';
import type { ArticleSummary, BundleIndex, CategoryNode, ListPage } from '../../bundle/schema.ts';
import { listPageKeys } from '../../data/list-pages.ts';
import { useShortcuts } from '../../features/keyboard/hooks/use-shortcuts.ts';
import { focusRow, focusRowWhenShown, focusedRow, rowNear } from '../../features/keyboard/lib/list-focus.ts';
import { focusReader, pageReader, readerAtEnd, readerScroller } from '../../features/keyboard/lib/reader-focus.ts';
import type { Library } from '../../features/library/hooks/use-library.ts';
import { articleQueryOptions } from '../../features/reader/api/get-article.ts';
import { isWebUrl } from '../../features/reader/lib/web-url.ts';
import { encodeCategoryParam } from '../../lib/category-param.ts';

/** The summary of an article the page has loaded: the open article, a list page, or a star. */
function loadedSummary(queryClient: QueryClient, library: Library, id: string): ArticleSummary | null {
  const article = queryClient.getQueryData(articleQueryOptions(id).queryKey);
  if (article) return article;
  for (const [, page] of queryClient.getQueriesData<ListPage>({ queryKey: listPageKeys.all })) {
    const item = page?.items.find((candidate) => candidate.id === id);
    if (item) return item;
  }
  return library.state.starred[id]?.item ?? null;
}

/** The tree in reading order: All (null), then every node depth first. */
function categoryOrder(roots: readonly CategoryNode[]): (CategoryNode | null)[] {
  const out: (CategoryNode | null)[] = [null];
  const visit = (node: CategoryNode) => {
    out.push(node);
    node.children.forEach(visit);
  };
  roots.forEach(visit);
  return out;
}

export function useReaderShortcuts({ index, library, activeKey, openHelp }: { index: BundleIndex; library: Library; activeKey: string | null; openHelp: () => void }) {
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const openId = useParams({ strict: false }).id ?? null;

  const step = (delta: 1 | -1) => {
    if (openId) {
      // The reader's own previous and next: they follow the view (unread only, Starred, search
      // results), so the keys and the links always name the same article.
      document.querySelector<HTMLAnchorElement>(`main a[rel="${delta > 0 ? 'next' : 'prev'}"]`)?.click();
      return;
    }
    const row = focusedRow() ? rowNear(delta) : rowNear(0, null);
    if (row) focusRow(row);
  };

  /** The article the keys act on: the open one, else the focused row's. */
  const targetId = () => openId ?? focusedRow()?.dataset.articleId ?? null;
  const withTarget = (act: (item: ArticleSummary) => void) => {
    const id = targetId();
    const item = id && loadedSummary(queryClient, library, id);
    if (item) act(item);
  };

  const goCategory = (delta: 1 | -1) => {
    const order = categoryOrder(index.categories);
    const at = order.findIndex((node) => (node?.key ?? null) === activeKey);
    const next = order[at + delta];
    if (at < 0 || next === undefined) return;
    void navigate({ to: '/', search: (prev) => ({ ...prev, starred: undefined, category: next ? encodeCategoryParam(next.path) : undefined }) });
  };

  useShortcuts({
    next: () => step(1),
    previous: () => step(-1),
    open: () => {
      if (openId) return;
      (focusedRow() ?? rowNear(0, null))?.click();
    },
    readOn: () => {
      const reader = openId ? readerScroller() : null;
      if (!reader) return false;
      focusReader();
      if (readerAtEnd(reader)) step(1);
      else pageReader(reader);
    },
    original: () => {
      const url = openId && queryClient.getQueryData(articleQueryOptions(openId).queryKey)?.originalUrl;
      if (url && isWebUrl(url)) window.open(url, '_blank', 'noopener,noreferrer');
    },
    back: () => {
      if (!openId) return;
      const id = openId;
      void navigate({ to: '/', search: (prev) => prev }).then(() =>
        focusRowWhenShown(id, () => document.getElementById('main')?.focus()),
      );
    },
    star: () => withTarget(library.toggleStar),
    read: () => withTarget(library.toggleRead),
    // The search box (another feature) is found by its role: an explicit one or a search field's.
    search: () => document.querySelector<HTMLElement>('[role="searchbox"], input[type="search"]')?.focus(),
    previousCategory: () => goCategory(-1),
    nextCategory: () => goCategory(1),
    goAll: () => void navigate({ to: '/', search: (prev) => ({ ...prev, category: undefined, starred: undefined }) }),
    goStarred: () => void navigate({ to: '/', search: { starred: 1 } }),
    help: openHelp,
  });
}
