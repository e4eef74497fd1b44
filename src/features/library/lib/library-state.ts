/**
 * The reader's own library for one archive: what was read, what was marked unread again,
 * "mark all in this view as read" sweeps, and starred articles. Pure data and pure updates;
 * `library-store.ts` keeps it in localStorage.
 *
 * Sized for 100,000 articles without loading every list page:
 * - a read mark keeps the article's deepest category key and day, so unread counts of any
 *   category and date range are exact sums over the marks (and the archive's counts);
 * - "mark all in this view as read" is stored as one sweep (a list and a date filter), not as
 *   one mark per article; what a sweep covers is counted from the per-day facets;
 * - a star keeps the article's summary, so the Starred view needs no list page at all.
 */
import type { ArticleSummary } from '../../../bundle/schema.ts';

/** What a mark needs to know of an article: its id, deepest category key and day. */
export interface ArticleRef {
  id: string;
  category: string | null;
  day: string | null;
}

/** A read or unread mark: the article's category key and day, so counts need no lookup. */
export interface Mark {
  c: string | null;
  d: string | null;
}

/** The days a sweep covered; the same shape as the date filter of the view it was made in. */
export type SweepDays =
  | { kind: 'none' }
  | { kind: 'range'; from: string | null; to: string | null }
  | { kind: 'undated' };

/** "Mark all in this view as read": every article of `list` (a category key or `all`) in `days`. */
export interface Sweep {
  list: string;
  days: SweepDays;
  /** When the sweep was made (ms since 1970). */
  at: number;
}

export interface Star {
  at: number;
  item: ArticleSummary;
}

export interface LibraryState {
  /** Articles opened or marked read. */
  read: Record<string, Mark>;
  /** Articles marked unread again although a sweep covers them. */
  unread: Record<string, Mark>;
  sweeps: Sweep[];
  starred: Record<string, Star>;
}

export const EMPTY_LIBRARY: LibraryState = { read: {}, unread: {}, sweeps: [], starred: {} };

/**
 * Whether category `categoryKey` (an article's deepest node; null = none) lies in the list
 * `listKey` (`all` or a category key, meaning that node and everything below it).
 */
export type WithinList = (listKey: string, categoryKey: string | null) => boolean;

export function daysKeep(days: SweepDays, day: string | null): boolean {
  if (days.kind === 'none') return true;
  if (days.kind === 'undated') return day === null;
  return day !== null && (days.from === null || day >= days.from) && (days.to === null || day <= days.to);
}

export function sweepCovers(sweep: Sweep, mark: Mark, within: WithinList): boolean {
  return daysKeep(sweep.days, mark.d) && within(sweep.list, mark.c);
}

const markOf = (ref: ArticleRef): Mark => ({ c: ref.category, d: ref.day });

export function isRead(state: LibraryState, ref: ArticleRef, within: WithinList): boolean {
  if (ref.id in state.read) return true;
  if (ref.id in state.unread) return false;
  const mark = markOf(ref);
  return state.sweeps.some((sweep) => sweepCovers(sweep, mark, within));
}

function without<T>(record: Record<string, T>, id: string): Record<string, T> {
  if (!(id in record)) return record;
  const copy = { ...record };
  delete copy[id];
  return copy;
}

export function markRead(state: LibraryState, ref: ArticleRef): LibraryState {
  if (ref.id in state.read && !(ref.id in state.unread)) return state;
  return { ...state, read: { ...state.read, [ref.id]: markOf(ref) }, unread: without(state.unread, ref.id) };
}

export function markUnread(state: LibraryState, ref: ArticleRef, within: WithinList): LibraryState {
  const covered = state.sweeps.some((sweep) => sweepCovers(sweep, markOf(ref), within));
  const read = without(state.read, ref.id);
  const unread = covered ? { ...state.unread, [ref.id]: markOf(ref) } : without(state.unread, ref.id);
  if (read === state.read && unread === state.unread) return state;
  return { ...state, read, unread };
}

/** Marks everything in the list under `days` as read; marks the sweep makes redundant go. */
export function sweep(state: LibraryState, list: string, days: SweepDays, within: WithinList, at: number): LibraryState {
  const next: Sweep = { list, days, at };
  const keep = (record: Record<string, Mark>) =>
    Object.fromEntries(Object.entries(record).filter(([, mark]) => !sweepCovers(next, mark, within)));
  // A sweep inside an earlier, wider one adds nothing.
  if (state.sweeps.some((old) => sweepContains(old, next, within))) return { ...state, unread: keep(state.unread) };
  return {
    ...state,
    read: keep(state.read),
    unread: keep(state.unread),
    sweeps: [...state.sweeps.filter((old) => !sweepContains(next, old, within)), next],
  };
}

/** Whether sweep `outer` covers everything sweep `inner` does. */
export function sweepContains(outer: Sweep, inner: Sweep, within: WithinList): boolean {
  if (outer.list !== inner.list && !(inner.list !== 'all' && within(outer.list, inner.list))) return false;
  const a = outer.days;
  const b = inner.days;
  if (a.kind === 'none') return true;
  if (a.kind === 'undated') return b.kind === 'undated';
  if (b.kind !== 'range') return false;
  const fromOk = a.from === null || (b.from !== null && b.from >= a.from);
  const toOk = a.to === null || (b.to !== null && b.to <= a.to);
  return fromOk && toOk;
}

export function toggleStar(state: LibraryState, item: ArticleSummary, at: number): LibraryState {
  if (item.id in state.starred) return { ...state, starred: without(state.starred, item.id) };
  return { ...state, starred: { ...state.starred, [item.id]: { at, item: summaryOf(item) } } };
}

/** Only the summary's own fields: an `Article` passed in must not store its body. */
function summaryOf(item: ArticleSummary): ArticleSummary {
  const { id, title, date, day, category, author, thumb, excerpt } = item;
  return { id, title, date, day, category, author, thumb, excerpt };
}

/** Starred summaries, newest first (undated last, then by id), like every list of the archive. */
export function starredInListOrder(state: LibraryState): ArticleSummary[] {
  return Object.values(state.starred)
    .map((star) => star.item)
    .sort((a, b) => {
      if (a.date !== b.date) {
        if (a.date === null) return 1;
        if (b.date === null) return -1;
        return a.date < b.date ? 1 : -1;
      }
      return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
    });
}
