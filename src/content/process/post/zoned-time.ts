/**
 * Wall-clock time <-> UTC instant conversion for IANA zones, using only Intl offsets.
 * Kept apart from date parsing so the DST rules can be tested on their own.
 */

const formatters = new Map<string, Intl.DateTimeFormat>();

/** Throws a RangeError for an unknown zone: that is a configuration error, not bad content. */
function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
      era: 'short',
    });
    formatters.set(timeZone, f);
  }
  return f;
}

interface WallTime {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

function wallTimeAt(epochMs: number, timeZone: string): WallTime {
  const w: WallTime = { year: 0, month: 0, day: 0, hour: 0, minute: 0, second: 0 };
  let bc = false;
  for (const p of formatterFor(timeZone).formatToParts(epochMs)) {
    switch (p.type) {
      case 'year': w.year = Number(p.value); break;
      case 'month': w.month = Number(p.value); break;
      case 'day': w.day = Number(p.value); break;
      case 'hour': w.hour = Number(p.value); break;
      case 'minute': w.minute = Number(p.value); break;
      case 'second': w.second = Number(p.value); break;
      case 'era': bc = p.value === 'BC' || p.value === 'B'; break;
    }
  }
  if (bc) w.year = 1 - w.year;
  return w;
}

const DAY_MS = 86_400_000;
const MAX_CACHED_DAYS = 100_000;
/** Per zone and UTC day: the day's offset when it has no change, NaN when it has one. */
const dayOffsets = new Map<string, Map<number, number>>();

function intlOffsetMs(epochMs: number, timeZone: string): number {
  const wholeSecond = Math.floor(epochMs / 1000) * 1000;
  const w = wallTimeAt(wholeSecond, timeZone);
  return Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second) - wholeSecond;
}

/**
 * Offset of `timeZone` from UTC at an instant, in milliseconds (east positive).
 * Intl is slow (~10 µs a call) and a build asks ~100,000 times, so each UTC day is checked
 * once: equal offsets at its start and at the next day's start mean no change in between
 * (no zone changes twice in a day), and only days with a change ask Intl for every instant.
 */
export function zoneOffsetMs(epochMs: number, timeZone: string): number {
  const day = Math.floor(epochMs / DAY_MS);
  let cache = dayOffsets.get(timeZone);
  if (!cache) dayOffsets.set(timeZone, (cache = new Map<number, number>()));
  let offset = cache.get(day);
  if (offset === undefined) {
    const start = intlOffsetMs(day * DAY_MS, timeZone);
    offset = start === intlOffsetMs((day + 1) * DAY_MS, timeZone) ? start : Number.NaN;
    if (cache.size >= MAX_CACHED_DAYS) cache.clear();
    cache.set(day, offset);
  }
  return Number.isNaN(offset) ? intlOffsetMs(epochMs, timeZone) : offset;
}


/**
 * The instant at which the clocks of `timeZone` show the given wall time (month 1-12).
 * Around DST changes it follows the usual "compatible" rule (as Temporal and most calendars):
 * a time that occurs twice takes the earlier instant, a skipped time is read with the offset
 * from before the change (02:30 on a spring-forward night becomes 03:30).
 */
export function wallTimeToEpochMs(
  timeZone: string,
  year: number,
  month: number,
  day: number,
  hour = 0,
  minute = 0,
  second = 0,
  ms = 0,
): number {
  const local = Date.UTC(year, month - 1, day, hour, minute, second, ms);
  // Assumes at most one offset change within a day of the time, true of every real zone.
  const before = zoneOffsetMs(local - DAY_MS, timeZone);
  const after = zoneOffsetMs(local + DAY_MS, timeZone);
  const withBefore = local - before;
  if (before === after) return withBefore;
  const withAfter = local - after;
  const beforeFits = zoneOffsetMs(withBefore, timeZone) === before;
  const afterFits = zoneOffsetMs(withAfter, timeZone) === after;
  if (beforeFits && afterFits) return Math.min(withBefore, withAfter);
  if (afterFits) return withAfter;
  return withBefore;
}

/** `YYYY-MM-DD` of an instant as seen in `timeZone`. */
export function dayInZone(epochMs: number, timeZone: string): string {
  return new Date(epochMs + zoneOffsetMs(epochMs, timeZone)).toISOString().slice(0, 10);
}
