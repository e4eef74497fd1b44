/**
 * Which rows of a list a date filter keeps. A list runs newest first with undated articles
 * last, and an article's day follows its instant, so a filter always keeps one run of rows:
 * the rows of days after `to` come before it, the undated rows are the tail. Knowing the
 * list's per-day counts is enough to map filtered row i to list row offset + i without
 * loading any other page.
 */
import type { BundleIndex, ListDays } from '../../../bundle/schema.ts';
import type { DateFilter } from './date-filter.ts';

export type DayTally = Pick<ListDays, 'total' | 'undated' | 'days'>;

export interface RowSpan {
  /** List row of the first kept article. */
  offset: number;
  /** Articles kept. */
  count: number;
}

export function rowsOfFilter(list: DayTally, filter: DateFilter): RowSpan {
  if (filter.kind === 'none') return { offset: 0, count: list.total };
  if (filter.kind === 'undated') return { offset: list.total - list.undated, count: list.undated };
  // An indexed loop: this runs several times per navigation over every day of the archive
  // (1,800 over five years), often before the code is optimised.
  const { days } = list;
  let offset = 0;
  let count = 0;
  for (let i = 0; i < days.length; i++) {
    const day = days[i][0];
    if (filter.to !== null && day > filter.to) offset += days[i][1];
    else if (filter.from === null || day >= filter.from) count += days[i][1];
  }
  return { offset, count };
}

/** The rows of the `all` list a date filter keeps (null: no filter). Search hits are such rows. */
export function spanOfFilter(index: BundleIndex, filter: DateFilter): RowSpan | null {
  return filter.kind === 'none' ? null : rowsOfFilter(tallyOfIndex(index), filter);
}

/** The `all` list's tally, which `index.json` already holds (no extra request). */
export function tallyOfIndex(index: BundleIndex): DayTally {
  return { total: index.total, undated: index.undated, days: index.days };
}

/** First and last day with an article, or null when nothing is dated. */
export function daySpan(days: DayTally['days']): { first: string; last: string } | null {
  return days.length ? { first: days[0][0], last: days[days.length - 1][0] } : null;
}
