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
  /** A run of empty years drawn as one narrow mark instead of a bar each (count 0). */
  gap?: true;
}

/**
 * Empty years in a row from which the year level draws one gap mark: an archive with a few
 * historical posts (1936) and twenty years of news would otherwise squash the recent years
 * into slivers. One or two quiet years stay bars: they are part of the archive's rhythm.
 */
const MIN_GAP_YEARS = 3;

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
 * list's first to its last (long empty runs as one gap mark), the 12 months of a year, or every
 * day of a month.
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
  return level.kind === 'years' ? collapseEmptyYears(bars) : bars;
}

function collapseEmptyYears(bars: TimelineBar[]): TimelineBar[] {
  const out: TimelineBar[] = [];
  for (let i = 0; i < bars.length; ) {
    let end = i;
    while (end < bars.length && bars[end].count === 0) end++;
    if (end - i >= MIN_GAP_YEARS) {
      out.push({ from: bars[i].from, to: bars[end - 1].to, count: 0, gap: true });
      i = end;
    } else {
      out.push(...bars.slice(i, Math.max(end, i + 1)));
      i = Math.max(end, i + 1);
    }
  }
  return out;
}

/** How much of a bar's period the filter covers. */
export function barCoverage(bar: TimelineBar, filter: DateFilter): 'all' | 'some' | 'none' {
  if (filter.kind !== 'range') return 'none';
  const from = filter.from ?? '0000-01-01';
  const to = filter.to ?? '9999-12-31';
  if (to < bar.from || from > bar.to) return 'none';
  return from <= bar.from && to >= bar.to ? 'all' : 'some';
}
