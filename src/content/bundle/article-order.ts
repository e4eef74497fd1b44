/**
 * The order of every list: newest first by instant, ties by id; undated articles last, by id.
 */
import { compareCodePoints } from './code-point-order.ts';

export interface Ordered {
  id: string;
  /** Milliseconds since the epoch, or null when undated. */
  time: number | null;
}

export function compareNewestFirst(a: Ordered, b: Ordered): number {
  if (a.time !== null && b.time !== null) {
    if (a.time !== b.time) return b.time - a.time;
  } else if (a.time !== null) {
    return -1;
  } else if (b.time !== null) {
    return 1;
  }
  return compareCodePoints(a.id, b.id);
}

/**
 * The positions of the items (given as their times and ids) in `compareNewestFirst` order.
 * Sorts indices over typed arrays, not the objects: every rebuild sorts every article.
 */
export function newestFirstOrder(times: readonly (number | null)[], ids: readonly string[]): Uint32Array {
  const n = times.length;
  // Undated sorts as -Infinity: after every dated item; two of them compare NaN, so by id.
  const keys = new Float64Array(n);
  const order = new Uint32Array(n);
  for (let i = 0; i < n; i++) {
    keys[i] = times[i] ?? -Infinity;
    order[i] = i;
  }
  return order.sort((a, b) => keys[b] - keys[a] || compareCodePoints(ids[a], ids[b]));
}

/** The sort instant of an ISO date, or null when it is missing or not a valid date. */
export function sortTime(date: string | null): number | null {
  if (date === null) return null;
  const time = Date.parse(date);
  return Number.isNaN(time) ? null : time;
}
