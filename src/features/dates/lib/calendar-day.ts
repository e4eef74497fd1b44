/**
 * Calendar days as `YYYY-MM-DD` strings, the form the pipeline gives every article (`day`, in
 * the archive's zone). The browser filters by comparing these strings and never converts
 * instants between zones, so a link lists the same articles in every reader's zone. The
 * arithmetic here is pure calendar arithmetic (UTC dates stand for calendar days).
 */

const DAY_MS = 86_400_000;
const DAY_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Whether `text` is a real calendar day in `YYYY-MM-DD` form (`2023-02-29` is not). */
export function isCalendarDay(text: string): boolean {
  const match = DAY_PATTERN.exec(text);
  if (!match) return false;
  const [, y, m, d] = match.map(Number);
  return m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m);
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** `YYYY-MM-DD` of a year, month (1-12) and day; the caller guarantees a real day. */
export function formatDay(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** The day `n` days after `day` (before, when negative). */
export function addDays(day: string, n: number): string {
  const [y, m, d] = day.split('-').map(Number);
  const moved = new Date(Date.UTC(y, m - 1, d) + n * DAY_MS);
  return formatDay(moved.getUTCFullYear(), moved.getUTCMonth() + 1, moved.getUTCDate());
}

/** First and last day of the month of `YYYY-MM` (or of a day's month). */
export function monthSpan(month: string): { from: string; to: string } {
  const [y, m] = month.split('-').map(Number);
  return { from: formatDay(y, m, 1), to: formatDay(y, m, daysInMonth(y, m)) };
}

export function yearSpan(year: string): { from: string; to: string } {
  return { from: `${year}-01-01`, to: `${year}-12-31` };
}
