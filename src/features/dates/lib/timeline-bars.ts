/**
 * The timeline's bars: article counts per year, per month of a year, or per day of a month.
 * Which level shows follows the date filter, so the timeline always shows where the current
 * range sits: a range within one month shows that month's days, within one year its months.
 */
import { daysInMonth, formatDay, monthSpan, yearSpan } from './calendar-day.ts';
import type { DateFilter } from './date-filter.ts';

export type TimelineLevel =
  | { kind: 'years' }
  | { kind: 'months'; year: string }
  | { kind: 'days'; month: string };

export interface TimelineBar {
  /** The bar's period: its first and last day. */
  from: string;
  to: string;
  count: number;
}

/** The level that shows a filter's range best, given the list's first and last day. */
export function timelineLevelFor(filter: DateFilter, span: { first: string; last: string } | null): TimelineLevel {
  if (filter.kind !== 'range' || !span) return { kind: 'years' };
  const from = filter.from ?? span.first;
  const to = filter.to ?? span.last;
  if (from.slice(0, 7) === to.slice(0, 7)) return { kind: 'days', month: from.slice(0, 7) };
  if (from.slice(0, 4) === to.slice(0, 4)) return { kind: 'months', year: from.slice(0, 4) };
  return { kind: 'years' };
}

/**
 * One bar per period of the level, empty periods included, in time order: every year from the
 * list's first to its last, the 12 months of a year, or every day of a month.
 */
export function timelineBars(days: readonly [string, number][], level: TimelineLevel): TimelineBar[] {
  const bars: TimelineBar[] = [];
  if (level.kind === 'years') {
    if (!days.length) return bars;
    const first = Number(days[0][0].slice(0, 4));
    const last = Number(days[days.length - 1][0].slice(0, 4));
    for (let year = first; year <= last; year++) bars.push({ ...yearSpan(String(year)), count: 0 });
  } else if (level.kind === 'months') {
    for (let month = 1; month <= 12; month++) bars.push({ ...monthSpan(`${level.year}-${String(month).padStart(2, '0')}`), count: 0 });
  } else {
    const [year, month] = level.month.split('-').map(Number);
    for (let day = 1; day <= daysInMonth(year, month); day++) {
      const date = formatDay(year, month, day);
      bars.push({ from: date, to: date, count: 0 });
    }
  }
  // Both lists are ascending: one merge pass.
  let bar = 0;
  for (const [day, count] of days) {
    while (bar < bars.length && bars[bar].to < day) bar++;
    if (bar === bars.length) break;
    if (day >= bars[bar].from) bars[bar].count += count;
  }
  return bars;
}

/** How much of a bar's period the filter covers. */
export function barCoverage(bar: TimelineBar, filter: DateFilter): 'all' | 'some' | 'none' {
  if (filter.kind !== 'range') return 'none';
  const from = filter.from ?? '0000-01-01';
  const to = filter.to ?? '9999-12-31';
  if (to < bar.from || from > bar.to) return 'none';
  return from <= bar.from && to >= bar.to ? 'all' : 'some';
}
