import { wallTimeToEpochMs } from './zoned-time.ts';

export type DateResult =
  | { ok: true; epochMs: number }
  | { ok: false; reason: 'not understood' | 'not a real calendar date' | 'out of range' };

/**
 * Any year a person could mean: historical feeds (prizes, anniversaries, "on this day", books)
 * carry dates such as 1936. Outside [1000-01-01, 3000-01-01) UTC a well-formed date is taken as
 * a broken line (year 0900, 9999), not history.
 */
const MIN_MS = Date.UTC(1000, 0, 1);
const MAX_MS = Date.UTC(3000, 0, 1);

const MONTHS: Record<string, number> = {
  jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, oct: 10, nov: 11, dec: 12,
};

// `Fri, 24 Dec 2021 08:07:41 GMT` (RFC 1123 / RFC 822; weekday optional and not checked).
const RFC_1123 =
  /^(?:[a-z]{3},?\s+)?(\d{1,2})\s+([a-z]{3})\s+(\d{4})\s+(\d{1,2}):(\d{2})(?::(\d{2}))?(?:\s*(gmt|utc|ut|z|[+-]\d{4}))?$/i;

// `2021-03-23`, `2021-03-23 10:00:00`, `2021-03-23T10:00:00.123+08:00`, `2021/03/23 10:00`.
const ISO_LIKE =
  /^(\d{4})([-/])(\d{1,2})\2(\d{1,2})(?:(?:t|\s+)(\d{1,2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?)?\s*(z|utc|gmt|[+-]\d{2}(?::?\d{2})?)?$/i;

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Offset in ms for `Z`, `GMT`, `+0800`, `+08:00`, `+08`; null when absent. */
function offsetMs(zone: string | undefined): number | null {
  if (!zone) return null;
  if (/^(z|gmt|utc|ut)$/i.test(zone)) return 0;
  const digits = zone.slice(1).replace(':', '');
  const hours = Number(digits.slice(0, 2));
  const minutes = digits.length > 2 ? Number(digits.slice(2, 4)) : 0;
  const sign = zone[0] === '-' ? -1 : 1;
  return sign * (hours * 60 + minutes) * 60_000;
}

/**
 * Reads the date forms found in the archives. A time without an offset is wall-clock time in
 * `sourceTimeZone`. `Date.parse` is not used: it reads naive forms in the machine's zone.
 */
export function parseDate(text: string, sourceTimeZone: string): DateResult {
  const s = text.trim();
  let year: number, month: number, day: number;
  let hour = 0, minute = 0, second = 0, ms = 0;
  let zone: string | undefined;

  let m = RFC_1123.exec(s);
  if (m) {
    const mon = MONTHS[m[2].toLowerCase()];
    if (!mon) return { ok: false, reason: 'not understood' };
    day = Number(m[1]);
    month = mon;
    year = Number(m[3]);
    hour = Number(m[4]);
    minute = Number(m[5]);
    second = m[6] ? Number(m[6]) : 0;
    zone = m[7];
  } else if ((m = ISO_LIKE.exec(s))) {
    year = Number(m[1]);
    month = Number(m[3]);
    day = Number(m[4]);
    if (m[5] !== undefined) {
      hour = Number(m[5]);
      minute = Number(m[6]);
      second = m[7] ? Number(m[7]) : 0;
      ms = m[8] ? Number(m[8].slice(0, 3).padEnd(3, '0')) : 0;
    }
    zone = m[9];
  } else {
    return { ok: false, reason: 'not understood' };
  }

  if (
    month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month) ||
    hour > 23 || minute > 59 || second > 59
  ) {
    return { ok: false, reason: 'not a real calendar date' };
  }
  const offset = offsetMs(zone);
  const epochMs =
    offset === null
      ? wallTimeToEpochMs(sourceTimeZone, year, month, day, hour, minute, second, ms)
      : Date.UTC(year, month - 1, day, hour, minute, second, ms) - offset;
  if (!(epochMs >= MIN_MS && epochMs < MAX_MS)) return { ok: false, reason: 'out of range' };
  return { ok: true, epochMs };
}
