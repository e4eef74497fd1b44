/** The posting lists of a build's token store (post-tokens.ts), as the shard writer (shard-files.ts) reads them. */
import type { IntList } from './index-chunk.ts';

/** One batch's tokens as the store keeps them. */
export interface StoredBatch {
  /** The table's local -> global ids (it grows with later batches, never changes). */
  map: IntList;
  bytes: Uint8Array;
}

/** Posting lists read from a store, a group of tokens at a time (all of them would take 4 bytes a posting). */
export class Postings {
  /** Postings in all. */
  readonly total: number;

  constructor(
    /** Global id -> token. */
    readonly tokens: readonly string[],
    /** Per global id, its number of postings. */
    readonly counts: Int32Array,
    private batches: readonly StoredBatch[],
    private places: readonly [number, number][],
  ) {
    this.total = counts.reduce((sum, n) => sum + n, 0);
  }

  /**
   * Fills `values` with the postings (`ordinal * 2 + inTitle`) of the tokens whose `cursor` is
   * not -1: token t's go to values[cursor[t] ..], ascending; `cursor` is advanced past them.
   */
  fill(cursor: Int32Array, values: Int32Array): void {
    const places = this.places;
    for (let ordinal = 0; ordinal < places.length; ordinal++) {
      const [b, start] = places[ordinal];
      const { map, bytes } = this.batches[b];
      const ids = map.data;
      // decodeItem's loop, inlined: this runs once per posting (25 million per pass at 100,000
      // posts), where a callback per value would cost more than the decoding.
      let at = start;
      let n = 0;
      for (let shift = 0, byte = 0x80; byte & 0x80; shift += 7) {
        byte = bytes[at++];
        n |= (byte & 0x7f) << shift;
      }
      let code = 0;
      for (; n > 0; n--) {
        let delta = 0;
        for (let shift = 0, byte = 0x80; byte & 0x80; shift += 7) {
          byte = bytes[at++];
          delta |= (byte & 0x7f) << shift;
        }
        code += delta;
        const id = ids[code >>> 1];
        const to = cursor[id];
        if (to < 0) continue;
        values[to] = ordinal * 2 + (code & 1);
        cursor[id] = to + 1;
      }
    }
  }
}
