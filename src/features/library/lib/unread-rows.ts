/**
 * The "unread only" list without loading the pages before the rows in view. A list runs
 * newest first by day, undated last; knowing the list's per-day counts and how many of each
 * day are read, unread row u falls in one known day, whose articles are one known run of list
 * rows (one or two pages): load those, keep that day's unread items, take the right one.
 */
import type { ArticleSummary } from '../../../bundle/schema.ts';
import { daysKeep, type SweepDays } from './library-state.ts';

interface DaySegment {
  day: string | null;
  /** List row of the day's first article, and how many it has. */
  listStart: number;
  listCount: number;
  /** Unread articles of the day, and how many unread come before the day. */
  unread: number;
  unreadBefore: number;
}

export interface UnreadPlan {
  segments: DaySegment[];
  total: number;
}

/**
 * `days`: the list's per-day counts ascending (as in `days.json`), `undated`: its undated
 * count; `readByDay`: read articles of the list per day; `filter`: the view's date filter.
 */
export function planUnreadRows(
  days: readonly [string, number][],
  undated: number,
  readByDay: ReadonlyMap<string | null, number>,
  filter: SweepDays,
): UnreadPlan {
  const segments: DaySegment[] = [];
  let listStart = 0;
  let total = 0;
  const add = (day: string | null, count: number) => {
    if (count > 0 && daysKeep(filter, day)) {
      const unread = Math.max(0, Math.min(count, count - (readByDay.get(day) ?? 0)));
      if (unread > 0) segments.push({ day, listStart, listCount: count, unread, unreadBefore: total });
      total += unread;
    }
    listStart += count;
  };
  for (let i = days.length - 1; i >= 0; i--) add(days[i][0], days[i][1]);
  add(null, undated);
  return { segments, total };
}

/** The segment holding unread row `row` (0-based), by binary search. */
export function segmentOfRow(plan: UnreadPlan, row: number): DaySegment | null {
  let lo = 0;
  let hi = plan.segments.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const segment = plan.segments[mid];
    if (row < segment.unreadBefore) hi = mid - 1;
    else if (row >= segment.unreadBefore + segment.unread) lo = mid + 1;
    else return segment;
  }
  return null;
}

/** The list pages holding a segment's articles. */
export function pagesOfSegment(segment: DaySegment, pageSize: number): number[] {
  const pages: number[] = [];
  const last = Math.floor((segment.listStart + segment.listCount - 1) / pageSize);
  for (let page = Math.floor(segment.listStart / pageSize); page <= last; page++) pages.push(page);
  return pages;
}

/**
 * Unread row `row`: undefined while a page it needs is loading, null when the day has fewer
 * unread articles than counted (a mark describes an article this build no longer has).
 */
export function unreadItemAt(
  plan: UnreadPlan,
  row: number,
  pageSize: number,
  pageItems: (page: number) => readonly ArticleSummary[] | undefined,
  isUnread: (item: ArticleSummary) => boolean,
): ArticleSummary | null | undefined {
  const segment = segmentOfRow(plan, row);
  if (!segment) return null;
  let nth = row - segment.unreadBefore;
  for (const page of pagesOfSegment(segment, pageSize)) {
    const items = pageItems(page);
    if (!items) return undefined;
    for (const item of items) {
      if (item.day !== segment.day || !isUnread(item)) continue;
      if (nth === 0) return item;
      nth--;
    }
  }
  return null;
}
