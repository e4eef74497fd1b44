/**
 * Shard files from posting lists: how many shards an index of so many postings gets, and the
 * bytes of each (through shard-format.ts). Used by the search
 * step, and by the token store's own thread (token-worker.ts), which writes a full build's
 * index while the main thread writes the lists.
 */
import { searchShardPath, shardOf } from '../../../search/index-format.ts';
import { compareCodePoints } from '../../bundle/code-point-order.ts';
import type { Postings } from './postings.ts';
import { ShardBytes } from './shard-format.ts';

const MAX_SHARDS = 8192;

/** Postings inverted at once, at most (4 bytes each): a bigger index is written in several passes. */
export const POSTINGS_PER_PASS = 25_000_000;

export const shardCount = (postings: number, perShard: number) => {
  let shards = 1;
  while (shards < MAX_SHARDS && postings / shards > perShard) shards *= 2;
  return shards;
};

/** The shape of an index: postings per shard aimed at, and postings inverted per pass. */
export interface IndexShape {
  perShard: number;
  perPass: number;
}

/** What an index from tokens came to: shards 0 … `shards - 1` were all written. */
export interface TokenIndex {
  shards: number;
  postings: number;
}

/**
 * Writes every shard of the postings' index (`write(bundle path, bytes)`). Shards are written in
 * groups of consecutive numbers, each from one pass over the articles' tokens.
 */
export async function writeShards(
  postings: Postings,
  { perShard, perPass }: IndexShape,
  write: (path: string, bytes: Uint8Array) => Promise<void> | void,
): Promise<TokenIndex> {
  const { tokens, counts, total } = postings;
  const shards = shardCount(total, perShard);
  const buckets: number[][] = Array.from({ length: shards }, () => []);
  tokens.forEach((token, id) => {
    if (counts[id] > 0) buckets[shardOf(token, shards)].push(id);
  });
  const order = (a: number, b: number) => compareCodePoints(tokens[a], tokens[b]);
  const cursor = new Int32Array(tokens.length);
  const encoder = new ShardBytes();
  let values = new Int32Array(0);
  for (let first = 0; first < shards; ) {
    // The group: shards first .. last - 1, at most `perPass` postings (or one shard).
    cursor.fill(-1);
    let size = 0;
    let last = first;
    while (last < shards) {
      const more = buckets[last].reduce((sum, id) => sum + counts[id], 0);
      if (last > first && size + more > perPass) break;
      for (const id of buckets[last].sort(order)) {
        cursor[id] = size;
        size += counts[id];
      }
      last++;
    }
    if (values.length < size) values = new Int32Array(size);
    postings.fill(cursor, values);
    for (let n = first; n < last; n++) {
      for (const id of buckets[n]) {
        encoder.token(tokens[id]);
        const end = cursor[id];
        let previous = 0;
        for (let at = end - counts[id]; at < end; at++) {
          encoder.value(values[at] - previous);
          previous = values[at];
        }
      }
      await write(searchShardPath(n), encoder.finish());
    }
    first = last;
  }
  return { shards, postings: total };
}
