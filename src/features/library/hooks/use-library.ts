import { useMemo } from 'react';
import type { ArticleSummary, BundleIndex } from '../../../bundle/schema.ts';
import { libraryStoreOf, storageKeyOf, useLibraryState } from '../lib/library-store.ts';
import { savePosition } from '../lib/reading-positions.ts';
import { isRead, markRead, markUnread, sweep, toggleStar, type ArticleRef, type LibraryState, type SweepDays } from '../lib/library-state.ts';
import { treeRelations } from '../lib/read-counts.ts';

/** The reader's library of the archive `index` describes, and the ways to change it. */
export function useLibrary(index: BundleIndex) {
  const archive = useMemo(() => ({ title: index.site.title, basePath: import.meta.env.BASE_URL }), [index]);
  const store = libraryStoreOf(archive);
  const state = useLibraryState(store);
  const relations = useMemo(() => treeRelations(index.categories), [index]);
  const { within } = relations;
  return useMemo(
    () => ({
      archive,
      store,
      state,
      ...relations,
      isRead: (ref: ArticleRef) => isRead(state, ref, within),
      isStarred: (id: string) => id in state.starred,
      markRead: (ref: ArticleRef) => store.update((s) => markRead(s, ref)),
      toggleRead: (ref: ArticleRef) => {
        // An article marked unread starts again from its top.
        if (isRead(state, ref, within)) savePosition(storageKeyOf(archive), ref.id, 0);
        store.update((s) => (isRead(s, ref, within) ? markUnread(s, ref, within) : markRead(s, ref)));
      },
      toggleStar: (item: ArticleSummary) => store.update((s) => toggleStar(s, item, Date.now())),
      sweep: (list: string, days: SweepDays) => store.update((s) => sweep(s, list, days, within, Date.now())),
      markEachRead: (items: readonly ArticleSummary[]) =>
        store.update((s) => items.reduce((acc: LibraryState, item) => markRead(acc, item), s)),
    }),
    [archive, store, state, relations, within],
  );
}

export type Library = ReturnType<typeof useLibrary>;
