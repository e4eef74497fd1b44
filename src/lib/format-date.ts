/** Dates as the UI shows them, always in the archive's time zone (`index.site.timeZone`). */

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
    const relative = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' });
    if (age < HOUR) return relative.format(-Math.max(1, Math.floor(age / MINUTE)), 'minute');
    if (age < DAY) return relative.format(-Math.floor(age / HOUR), 'hour');
    return relative.format(-Math.floor(age / DAY), 'day');
  }
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone }).format(instant);
}

/** An article's date and time in the archive zone, and the zone's name in the UI language. */
export function formatArticleDateTime(iso: string, options: { timeZone: string; locale: string }): string {
  const { timeZone, locale } = options;
  const instant = Date.parse(iso);
  const dateTime = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeStyle: 'short', timeZone }).format(instant);
  const zoneName = new Intl.DateTimeFormat(locale, { timeZone, timeZoneName: 'long' })
    .formatToParts(instant)
    .find((part) => part.type === 'timeZoneName')?.value;
  return zoneName ? `${dateTime} (${zoneName})` : dateTime;
}
