/** Dates as the UI shows them, always in the archive's time zone (`index.site.timeZone`). */

// Building an Intl formatter costs far more than using one (ICU loads locale data), and a list
// repaint formats dozens of dates: each locale + options pair is built once.
const dateFormats = new Map<string, Intl.DateTimeFormat>();
const relativeFormats = new Map<string, Intl.RelativeTimeFormat>();

function dateFormat(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let format = dateFormats.get(key);
  if (!format) dateFormats.set(key, (format = new Intl.DateTimeFormat(locale, options)));
  return format;
}

function relativeFormat(locale: string): Intl.RelativeTimeFormat {
  let format = relativeFormats.get(locale);
  if (!format) relativeFormats.set(locale, (format = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' })));
  return format;
}

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
/** Items newer than this read as "3 小时前"; older ones get a calendar date. */
const RELATIVE_LIMIT = 7 * DAY;

/** A list item's date: relative when within a week before `now`, else the date in the archive zone. */
export function formatListDate(iso: string, options: { now: number; timeZone: string; locale: string }): string {
  const { now, timeZone, locale } = options;
  const instant = Date.parse(iso);
  const age = now - instant;
  if (age >= 0 && age < RELATIVE_LIMIT) {
    const relative = relativeFormat(locale);
    if (age < HOUR) return relative.format(-Math.max(1, Math.floor(age / MINUTE)), 'minute');
    if (age < DAY) return relative.format(-Math.floor(age / HOUR), 'hour');
    return relative.format(-Math.floor(age / DAY), 'day');
  }
  return dateFormat(locale, { dateStyle: 'medium', timeZone }).format(instant);
}

/** An article's date and time in the archive zone, and the zone's name in the UI language. */
export function formatArticleDateTime(iso: string, options: { timeZone: string; locale: string }): string {
  const { timeZone, locale } = options;
  const instant = Date.parse(iso);
  const dateTime = dateFormat(locale, { dateStyle: 'long', timeStyle: 'short', timeZone }).format(instant);
  const zoneName = dateFormat(locale, { timeZone, timeZoneName: 'long' })
    .formatToParts(instant)
    .find((part) => part.type === 'timeZoneName')?.value;
  return zoneName ? `${dateTime} (${zoneName})` : dateTime;
}

// Calendar days (`YYYY-MM-DD`, already in the archive zone) are drawn as UTC midnights and
// formatted in UTC, so no zone shifts them to a neighbouring day.
const calendarInstant = (day: string) => Date.parse(`${day}T00:00:00Z`);

/** `2024-03-05` → `2024年3月5日` / `Mar 5, 2024`. */
export function formatCalendarDay(day: string, locale: string): string {
  return dateFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' }).format(calendarInstant(day));
}

/** An inclusive range of days, shortened where both ends share a month or year. */
export function formatDayRange(from: string, to: string, locale: string): string {
  if (from === to) return formatCalendarDay(from, locale);
  const format = dateFormat(locale, { year: 'numeric', month: 'short', day: 'numeric', timeZone: 'UTC' });
  return format.formatRange(calendarInstant(from), calendarInstant(to));
}

/** `2024-03` → `2024年3月` / `March 2024`. */
export function formatMonth(month: string, locale: string): string {
  return dateFormat(locale, { year: 'numeric', month: 'long', timeZone: 'UTC' }).format(calendarInstant(`${month}-01`));
}

/** `2024-03` → `3月` / `Mar`: a month within a year already shown. */
export function formatShortMonth(month: string, locale: string): string {
  return dateFormat(locale, { month: 'short', timeZone: 'UTC' }).format(calendarInstant(`${month}-01`));
}

/** `2024` → `2024年` / `2024`. */
export function formatYear(year: string, locale: string): string {
  return dateFormat(locale, { year: 'numeric', timeZone: 'UTC' }).format(calendarInstant(`${year}-01-01`));
}

/** The zone's name in the UI language, the same all year (`中国标准时间`, `Pacific Time`). */
export function formatTimeZoneName(timeZone: string, locale: string): string {
  const name = dateFormat(locale, { timeZone, timeZoneName: 'longGeneric' })
    .formatToParts(0)
    .find((part) => part.type === 'timeZoneName')?.value;
  return name ?? timeZone;
}
