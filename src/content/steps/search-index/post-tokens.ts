/**
 * Search tokens taken while a post is parsed, when its title and cleaned body are in memory:
 * a full build's search step then assembles the index from them instead of reading the
 * 100,000 article files back and tokenising them again.
 *
 * Worker side, `PostTokenizer`: one token table per worker thread for the whole build. Each
 * batch's reply carries the tokens first seen in that batch and, per item, the item's distinct
 * tokens as `localId * 2 + inTitle`, sorted and delta-encoded as varints (about 2 bytes a
 * posting: 48 million postings at 100,000 posts).
 * Store side, `SearchTokenStore`: keeps those bytes per batch, maps each table's local ids to
 * global ones, and inverts them into posting lists for the search step. It lives on the main
 * thread, or with worker threads on one of its own (`TokenThread`, token-thread.ts).
 *
 * The tokens are exactly those `indexChunk` takes from the article file (same functions, same
 * order: title first, its tokens get the title bit, the body does not repeat them).
 */
import { threadId } from 'node:worker_threads';
import { normalizeText, scanTokens, tokenString } from '../../../search/tokenize.ts';
import { bodyText, IntList, TokenTable } from './index-chunk.ts';
import { Postings, type StoredBatch } from './postings.ts';
import { writeShards, type IndexShape, type TokenIndex } from './shard-files.ts';

export interface BatchTokens {
  /** The token table: the thread id of the worker that made it (a replaced worker has a new one). */
  table: number;
  /** Local id of `tokens[0]`: how many tokens the table had before this batch. */
  first: number;
  /** Tokens first seen in this batch, by local id. */
  tokens: string[];
  /** Per item of the batch, in order: a varint count, then the values (first as is, then deltas). */
  bytes: Uint8Array;
  /** Item i's bytes are bytes[offsets[i] .. offsets[i + 1]). */
  offsets: Int32Array;
}

/** A growable byte buffer of unsigned varints (7 bits a byte, low first). */
class VarintOut {
  bytes = new Uint8Array(1 << 16);
  length = 0;

  push(value: number) {
    if (this.length + 5 > this.bytes.length) {
      const next = new Uint8Array(this.bytes.length * 2);
      next.set(this.bytes.subarray(0, this.length));
      this.bytes = next;
    }
    while (value >= 0x80) {
      this.bytes[this.length++] = (value & 0x7f) | 0x80;
      value >>>= 7;
    }
    this.bytes[this.length++] = value;
  }
}

export class PostTokenizer {
  private table = new TokenTable();
  private reported = 0;
  /** Per local id: the serial of the last item that posted it (so an item posts a token once). */
  private lastSeen = new Int32Array(1 << 14);
  private serial = 0;
  private codes = new IntList();
  private out = new VarintOut();
  private offsets: number[] = [0];
  private inTitle = 1;
  private readonly add = (token: number | string) => {
    const id = this.table.id(token);
    if (id >= this.lastSeen.length) {
      const next = new Int32Array(Math.max(this.lastSeen.length * 2, id + 1));
      next.set(this.lastSeen);
      this.lastSeen = next;
    }
    if (this.lastSeen[id] === this.serial) return;
    this.lastSeen[id] = this.serial;
    this.codes.push(id * 2 + this.inTitle);
  };

  /** The next item: an article with this title and cleaned body. */
  article(title: string, html: string): void {
    this.serial++;
    this.codes.length = 0;
    this.inTitle = 1;
    scanTokens(normalizeText(title), this.add);
    this.inTitle = 0;
    scanTokens(normalizeText(bodyText(html)), this.add);
    const codes = this.codes.data.subarray(0, this.codes.length).sort();
    this.out.push(codes.length);
    let previous = 0;
    for (let i = 0; i < codes.length; i++) {
      this.out.push(codes[i] - previous);
      previous = codes[i];
    }
    this.offsets.push(this.out.length);
  }

  /** The next item: no article (skipped). */
  none(): void {
    this.out.push(0);
    this.offsets.push(this.out.length);
  }

  /** The batch's tokens, since the last call; starts the next batch. */
  take(): BatchTokens {
    const tokens = this.table.tokens.slice(this.reported).map(tokenString);
    const batch: BatchTokens = {
      table: threadId,
      first: this.reported,
      tokens,
      bytes: this.out.bytes.slice(0, this.out.length),
      offsets: Int32Array.from(this.offsets),
    };
    this.reported = this.table.tokens.length;
    this.out.length = 0;
    this.offsets = [0];
    return batch;
  }
}

/** Calls `visit(globalId, code & 1)` for each value of the item whose bytes start at `at`. */
function decodeItem(bytes: Uint8Array, at: number, ids: Int32Array, visit: (id: number, inTitle: number) => void): void {
  let n = 0;
  let code = 0;
  for (let shift = 0, byte = 0x80; byte & 0x80; shift += 7) {
    byte = bytes[at++];
    n |= (byte & 0x7f) << shift;
  }
  for (; n > 0; n--) {
    let delta = 0;
    for (let shift = 0, byte = 0x80; byte & 0x80; shift += 7) {
      byte = bytes[at++];
      delta |= (byte & 0x7f) << shift;
    }
    code += delta;
    visit(ids[code >>> 1], code & 1);
  }
}

/**
 * Where a build's search tokens go as batches arrive, and the index written from them:
 * `SearchTokenStore` on the main thread, or `TokenThread` (token-thread.ts), the same store
 * on a thread of its own.
 */
export interface SearchTokens {
  /** A batch's tokens; `ids[i]` is the article id of the batch's item i. */
  add(ids: readonly string[], batch: BatchTokens): void;
  /**
   * Writes every shard of the index of `articleIds` (ordinal order): through `out.write` on this
   * thread, or into `out.outDir` from another. Null when an article's tokens are not here;
   * rejects when the store could not answer (its thread died).
   */
  index(articleIds: readonly string[], shape: IndexShape, out: ShardOutput): Promise<TokenIndex | null>;
  /** Lets the tokens go (they take about 2 bytes a posting). */
  close(): Promise<void>;
}

export interface ShardOutput {
  outDir: string;
  /** Writes a file of the bundle (path relative to `outDir`). */
  write(path: string, bytes: Uint8Array): Promise<void>;
}

/**
 * The tokens of every article processed in this build. `failed` says why they cannot be used
 * (a batch came out of order), null when they can. Batches are decoded once on arrival, to
 * count each token's postings, while the workers parse the next ones.
 */
export class SearchTokenStore implements SearchTokens {
  /** Global id -> token. */
  readonly tokens: string[] = [];
  failed: string | null = null;
  private ids = new Map<string, number>();
  /** Per global id, its postings so far. */
  private counts = new IntList();
  /** Per table, local id -> global id. */
  private tables = new Map<number, IntList>();
  private batches: StoredBatch[] = [];
  /** Article id -> [batch, start of its bytes]. */
  private where = new Map<string, [number, number]>();
  private readonly count = (id: number) => void this.counts.data[id]++;

  /** A batch's tokens; `ids[i]` is the article id of the batch's item i. */
  add(ids: readonly string[], batch: BatchTokens): void {
    let map = this.tables.get(batch.table);
    if (!map) this.tables.set(batch.table, (map = new IntList()));
    if (map.length !== batch.first) {
      this.failed ??= `tokens of worker ${batch.table} arrived out of order (${batch.first} after ${map.length})`;
      return;
    }
    for (const token of batch.tokens) {
      let id = this.ids.get(token);
      if (id === undefined) {
        id = this.tokens.length;
        this.ids.set(token, id);
        this.tokens.push(token);
        this.counts.push(0);
      }
      map.push(id);
    }
    const b = this.batches.push({ map, bytes: batch.bytes }) - 1;
    ids.forEach((id, i) => {
      this.where.set(id, [b, batch.offsets[i]]);
      decodeItem(batch.bytes, batch.offsets[i], map.data, this.count);
    });
  }

  async index(articleIds: readonly string[], shape: IndexShape, out: ShardOutput): Promise<TokenIndex | null> {
    const postings = this.postings(articleIds);
    return postings && writeShards(postings, shape, (path, bytes) => out.write(path, bytes));
  }

  close(): Promise<void> {
    this.clear();
    return Promise.resolve();
  }

  /** Lets the tokens go (they take about 2 bytes a posting). */
  clear(): void {
    this.failed ??= 'cleared';
    this.ids.clear();
    this.tables.clear();
    this.batches = [];
    this.where.clear();
  }

  /**
   * The inverted index of `articleIds` (ordinal order). Null when an article's tokens are not
   * here; the tokens of articles not listed (their file could not be written) are left out.
   */
  postings(articleIds: readonly string[]): Postings | null {
    if (this.failed !== null) return null;
    const places: [number, number][] = [];
    for (const id of articleIds) {
      const place = this.where.get(id);
      if (!place) return null;
      places.push(place);
    }
    const counts = this.counts.data.slice(0, this.tokens.length);
    if (this.where.size > articleIds.length) {
      const listed = new Set(articleIds);
      const uncount = (id: number) => void counts[id]--;
      for (const [id, [b, at]] of this.where) {
        if (!listed.has(id)) decodeItem(this.batches[b].bytes, at, this.batches[b].map.data, uncount);
      }
    }
    return new Postings(this.tokens, counts, this.batches, places);
  }
}
