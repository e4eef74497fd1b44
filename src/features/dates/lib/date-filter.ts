/**
 * The date filter of a list, read from the URL's `from`, `to` and `undated` params. Hand-edited
 * links are read generously (`2024-3-5`, `2024/03/05`, `20240305`, a month `2024-03` or a
 * year `2024`), and whatever cannot be read is reported, never thrown, so the page still
 * renders and can say what it ignored.
 */
import { daysInMonth, formatDay, isCalendarDay } from './calendar-day.ts';

/** The URL params of the date filter, as the `_browse` route's `validateSearch` keeps them. */
export interface DateSearch {
  /** First day, inclusive (`YYYY-MM-DD` once understood; the raw text when not). */
  from?: string;
  /** Last day, inclusive (`YYYY-MM-DD` once understood; the raw text when not). */
  to?: string;
  /** Only the articles with no usable date (`undated=1`). */
  undated?: 1;
}

export type DateNotice =
  | { kind: 'invalid'; param: 'from' | 'to'; value: string }
  | { kind: 'swapped'; from: string; to: string }
  | { kind: 'rangeIgnored' };

export type DateFilter =
  | { kind: 'none' }
  | { kind: 'range'; from: string | null; to: string | null }
  | { kind: 'undated' };

interface ReadDateFilter {
  filter: DateFilter;
  notices: DateNotice[];
}

const PARTS = /^(\d{4})(?:[-/.](\d{1,2})(?:[-/.](\d{1,2}))?)?$/;
const COMPACT = /^(\d{4})(\d{2})(\d{2})$/;

/**
 * A `from`/`to` param as a canonical day, or null when it names no real day. A month or a
 * year stands for its first day as `from` and its last day as `to`.
 */
export function readDayParam(text: string, edge: 'from' | 'to'): string | null {
  const trimmed = text.trim();
  const match = PARTS.exec(trimmed) ?? COMPACT.exec(trimmed);
  if (!match) return null;
  const year = Number(match[1]);
  const month = match[2] === undefined ? (edge === 'from' ? 1 : 12) : Number(match[2]);
  if (month < 1 || month > 12) return null;
  const day = match[3] === undefined ? (edge === 'from' ? 1 : daysInMonth(year, month)) : Number(match[3]);
  const result = formatDay(year, month, day);
  return isCalendarDay(result) ? result : null;
}

/** `validateSearch` for the date params: canonical days when understood, else the raw text. */
export function validateDateSearch(search: Record<string, unknown>): DateSearch {
  const out: DateSearch = {};
  for (const param of ['from', 'to'] as const) {
    const raw = search[param];
    if (raw === undefined || raw === null) continue;
    // Whatever a hand-edited link holds is kept as text and shown as not understood, objects included.
    // eslint-disable-next-line @typescript-eslint/no-base-to-string -- '[object Object]' is that text for an object
    const text = String(raw).trim();
    if (text) out[param] = readDayParam(text, param) ?? text;
  }
  if (search.undated === '1' || search.undated === 'true' || search.undated === true || search.undated === 1) out.undated = 1;
  return out;
}

/** What the params mean: the filter to apply and what was ignored or corrected on the way. */
export function readDateFilter(search: DateSearch): ReadDateFilter {
  const notices: DateNotice[] = [];
  let from: string | null = null;
  let to: string | null = null;
  for (const param of ['from', 'to'] as const) {
    const value = search[param];
    if (value === undefined) continue;
    if (isCalendarDay(value)) {
      if (param === 'from') from = value;
      else to = value;
    } else {
      notices.push({ kind: 'invalid', param, value });
    }
  }
  if (search.undated) {
    if (from !== null || to !== null) notices.push({ kind: 'rangeIgnored' });
    return { filter: { kind: 'undated' }, notices };
  }
  if (from !== null && to !== null && from > to) {
    [from, to] = [to, from];
    notices.push({ kind: 'swapped', from, to });
  }
  if (from === null && to === null) return { filter: { kind: 'none' }, notices };
  return { filter: { kind: 'range', from, to }, notices };
}

/** The URL params of a filter (absent params cleared), for a navigation's `search`. */
export function dateSearchOf(filter: DateFilter): { from: string | undefined; to: string | undefined; undated: 1 | undefined } {
  if (filter.kind === 'undated') return { from: undefined, to: undefined, undated: 1 };
  if (filter.kind === 'none') return { from: undefined, to: undefined, undated: undefined };
  return { from: filter.from ?? undefined, to: filter.to ?? undefined, undated: undefined };
}

/** A key that differs between filters, for per-filter state such as scroll memory. */
export function dateFilterKey(filter: DateFilter): string {
  if (filter.kind === 'range') return `${filter.from ?? ''}..${filter.to ?? ''}`;
  return filter.kind;
}

/** The scroll-memory key of a list under a filter: the plain list key when unfiltered. */
export function listScrollKey(listKey: string, filter: DateFilter): string {
  return filter.kind === 'none' ? listKey : `${listKey}@${dateFilterKey(filter)}`;
}

/** Whether an article of day `day` (null when undated) is in the filtered list. */
export function filterKeepsDay(filter: DateFilter, day: string | null): boolean {
  if (filter.kind === 'none') return true;
  if (filter.kind === 'undated') return day === null;
  return day !== null && (filter.from === null || day >= filter.from) && (filter.to === null || day <= filter.to);
}
