/**
 * What a browse view is, worked out from the URL and the loaded data: pure functions shared by
 * the list, the sidebar and the reader (list-content.ts and sidebar-counts.ts decide what each
 * shows).
 */
import { readIn, type ReadCounts } from '../../features/library/lib/read-counts.ts';

/** Which rows the list area lists: a list (or its unread rows), the Starred view, or search results. */
export type ViewKind = 'list' | 'unread' | 'starred' | 'search';

/** A search with something to look up replaces the other views; Starred wins over unread only. */
export function viewKindOf(flags: { starred?: 1; unread?: 1 }, searching: boolean): ViewKind {
  return searching ? 'search' : flags.starred ? 'starred' : flags.unread ? 'unread' : 'list';
}

/**
 * Unread articles of a list: `count` (the list under the filters) less those read; null while
 * either is unknown. Marks of articles a rebuild removed still count, hence the floor at 0.
 */
export function unreadOfList(count: number | null | undefined, readCounts: ReadCounts | null, listKey: string): number | null {
  return count == null || !readCounts ? null : Math.max(0, count - readIn(readCounts, listKey));
}
