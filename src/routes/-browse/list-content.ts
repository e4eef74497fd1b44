/**
 * What the list area shows, decided in one place from what is loaded: one value per state
 * (loading, each empty state, the rows), tested without a browser.
 */
import type { ArticleSummary } from '../../bundle/schema.ts';
import { listScrollKey, type DateFilter } from '../../features/dates/lib/date-filter.ts';
import type { RowSpan } from '../../features/dates/lib/list-rows.ts';
import type { ViewKind } from './browse-view.ts';

/**
 * Where the list's scroll offset is remembered: one place per list, date filter and view (a
 * search's per query).
 */
export function scrollKeyOf(view: ViewKind, listKey: string, filter: DateFilter, termsKey: string): string {
  const key = listScrollKey(listKey, filter);
  if (view === 'search') return `q:${termsKey}|${key}`;
  return view === 'list' ? key : `${view}:${key}`;
}

/** The list area: what it shows, as one value (each kind is one view). */
export type ListContent =
  | { kind: 'loading' }
  | { kind: 'search-failed' }
  | { kind: 'no-results' }
  /** Search results: rows of the `all` list, ranked. */
  | { kind: 'results'; ordinals: Int32Array }
  | { kind: 'no-starred' }
  | { kind: 'starred'; items: readonly ArticleSummary[] }
  /** The list itself has no article (an empty category or archive). */
  | { kind: 'empty-list' }
  /** The date filter keeps no article of the list. */
  | { kind: 'empty-range' }
  | { kind: 'no-unread' }
  /** A run of the list's rows (a date filter keeps one); under `unread`, its unread ones. */
  | { kind: 'rows'; rows: RowSpan };

export interface ListFacts {
  view: ViewKind;
  /** Articles in the list, with no filter. */
  listCount: number;
  /** The list's rows under the date filter; null while its day counts load. */
  rows: RowSpan | null;
  /** The search's matching rows (null while they load), and whether they could not be had. */
  search: { rows: Int32Array | null; failed: boolean };
  /** The Starred view's articles. */
  starred: readonly ArticleSummary[];
  /** Unread articles in view; null while unknown. */
  unread: number | null;
}

const LOADING: ListContent = { kind: 'loading' };

export function listContent(facts: ListFacts): ListContent {
  switch (facts.view) {
    case 'search':
      if (facts.search.failed) return { kind: 'search-failed' };
      if (!facts.search.rows) return LOADING;
      return facts.search.rows.length === 0 ? { kind: 'no-results' } : { kind: 'results', ordinals: facts.search.rows };
    case 'starred':
      return facts.starred.length === 0 ? { kind: 'no-starred' } : { kind: 'starred', items: facts.starred };
    case 'list':
    case 'unread':
      if (facts.listCount === 0) return { kind: 'empty-list' };
      if (!facts.rows) return LOADING;
      if (facts.rows.count === 0) return { kind: 'empty-range' };
      if (facts.view === 'unread' && facts.unread === 0) return { kind: 'no-unread' };
      return { kind: 'rows', rows: facts.rows };
  }
}

/** The count beside the list's name: results, starred, unread or listed articles; null while unknown. */
export function headerCount(facts: ListFacts): number | null {
  switch (facts.view) {
    case 'search':
      return facts.search.rows?.length ?? null;
    case 'starred':
      return facts.starred.length;
    case 'unread':
      return facts.unread;
    case 'list':
      return facts.rows?.count ?? null;
  }
}
