/** Date formats of the real archives and the date span of a generated one. */
import { deriveSeed } from './prng.ts';
import type { Rng } from './prng.ts';

/** `Fri, 24 Dec 2021 08:07:41 GMT` (RFC 1123, what `Date#toUTCString` writes). */
export function formatRfc1123(ms: number): string {
  return new Date(ms).toUTCString();
}

/**
 * `2021-12-24 08:07:41`: no zone. Written as UTC wall clock, as a site built on a UTC
 * CI machine writes it (and as the pipeline reads it by default, `SOURCE_TZ=UTC`).
 */
export function formatNaive(ms: number, offsetHours = 0): string {
  return new Date(ms + offsetHours * 3_600_000).toISOString().slice(0, 19).replace('T', ' ');
}

export interface DateSpan {
  startMs: number;
  endMs: number;
}

const DAY_MS = 86_400_000;

/** Default span: `years` (5) years ending 2026-06-30; or `years` years from `startDate`. */
export function dateSpan(startDate?: string, years = 5): DateSpan {
  if (startDate) {
    const start = Date.parse(`${startDate.slice(0, 10)}T00:00:00Z`);
    if (Number.isNaN(start)) throw new Error(`startDate "${startDate}" is not YYYY-MM-DD`);
    const end = new Date(start);
    end.setUTCFullYear(end.getUTCFullYear() + years);
    return { startMs: start, endMs: end.getTime() - 1000 };
  }
  const endMs = Date.parse('2026-06-30T23:59:59Z');
  const start = new Date(Date.parse('2026-07-01T00:00:00Z'));
  start.setUTCFullYear(start.getUTCFullYear() - years);
  return { startMs: start.getTime(), endMs };
}

/**
 * An instant in the span, whole seconds. About a third of posts land on one of a few
 * "busy days" (one in twenty), so some days hold many posts, as on real news days.
 */
export function pickInstant(r: Rng, span: DateSpan, seed: number): number {
  const days = Math.max(1, Math.floor((span.endMs - span.startMs) / DAY_MS));
  let day: number;
  if (r.chance(0.35)) {
    const busy = Math.max(1, Math.floor(days / 20));
    day = deriveSeed(seed, 1_000_000 + r.int(0, busy - 1)) % days;
  } else {
    day = r.int(0, days - 1);
  }
  const ms = span.startMs + day * DAY_MS + r.int(0, 86_399) * 1000;
  return Math.min(ms, span.endMs);
}
