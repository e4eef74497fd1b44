/**
 * The search index, a bundle step: tokenises every listed article (worker threads) and writes
 * a sharded inverted index under `data/search/` (format: src/search/index-format.ts), so a
 * query downloads only the shards of its own tokens.
 */
import { articlePath, type ReportEntry } from '../../bundle/schema.ts';
import {
  SEARCH_VERSION,
  searchDocsPath,
  searchMetaPath,
  searchShardPath,
  shardOf,
  type SearchDocs,
  type SearchMeta,
} from '../../search/index-format.ts';
import type { BundleStep, FinishedBundle } from '../build-archive.ts';
import { compareCodePoints } from '../code-point-order.ts';
import { createWorkerPool } from '../worker-pool.ts';
import { indexChunk, type ChunkResult, type ChunkTask } from './index-chunk.ts';

const WORKER_ENTRY = new URL('./index-worker.mjs', import.meta.url);
/** Articles per worker task: at least 8 tasks per worker to balance, at most 2,000 (fewer tokens repeated across chunks). */
const chunkSize = (articles: number, workers: number) => Math.min(2000, Math.max(200, Math.ceil(articles / (Math.max(1, workers) * 8))));
/** Postings per shard aimed at (about 60 KB of JSON, 20–30 KB gzip). */
const POSTINGS_PER_SHARD = 20_000;
const MAX_SHARDS = 8192;

export const SEARCH_STEP_NAME = 'search';

export function searchIndexStep(): BundleStep {
  return { name: SEARCH_STEP_NAME, run: buildSearchIndex };
}

export async function buildSearchIndex(bundle: FinishedBundle): Promise<ReportEntry[]> {
  const { articles, outDir, writer } = bundle;
  const tasks: ChunkTask[] = [];
  const size = chunkSize(articles.length, bundle.options.workers);
  for (let first = 0; first < articles.length; first += size) {
    tasks.push({ outDir, first, ids: articles.slice(first, first + size).map((article) => article.id) });
  }

  // Chunks are consecutive ordinal runs: reading each token's chunks in order gives an
  // ascending list, so the postings are never merged into one big array, only written out.
  // Each chunk's tokens are registered as it arrives, while the workers go on tokenising.
  const chunks: ChunkResult[] = new Array(tasks.length);
  const tokenIds = new Map<string, number>();
  const refs: number[][] = []; // per token: chunk index, token index in that chunk, …
  let postingCount = 0;
  const problems: ReportEntry[] = [];
  const register = (chunk: ChunkResult, c: number) => {
    chunks[c] = chunk;
    chunk.tokens.forEach((token, i) => {
      let id = tokenIds.get(token);
      if (id === undefined) {
        id = refs.length;
        tokenIds.set(token, id);
        refs.push([]);
      }
      refs[id].push(c, i);
    });
    postingCount += chunk.values.length;
    for (const [ordinal, reason] of chunk.failures) {
      const article = articles[ordinal];
      problems.push({
        path: `data/${articlePath(article.id)}`,
        status: 'warning',
        id: article.id,
        title: article.title,
        date: article.date,
        category: [],
        messages: [`not in the search index: its article file could not be read (${reason})`],
      });
    }
  };
  const workers = Math.min(bundle.options.workers, tasks.length);
  if (workers > 1) {
    const pool = createWorkerPool<ChunkTask, ChunkResult>({ size: workers, entry: WORKER_ENTRY });
    try {
      await Promise.all(tasks.map((task, c) => pool.run(task).then((chunk) => register(chunk, c))));
    } finally {
      await pool.close();
    }
  } else {
    tasks.forEach((task, c) => register(indexChunk(task), c));
  }

  let shards = 1;
  while (shards < MAX_SHARDS && postingCount / shards > POSTINGS_PER_SHARD) shards *= 2;
  const buckets: string[][] = Array.from({ length: shards }, () => []);
  for (const token of tokenIds.keys()) buckets[shardOf(token, shards)].push(token);
  const encoder = new ShardEncoder();
  let shardNumber = 0;
  for (const tokens of buckets) {
    for (const token of tokens.sort(compareCodePoints)) {
      encoder.token(token);
      const ref = inChunkOrder(refs[tokenIds.get(token)!]);
      let previous = 0;
      for (let r = 0; r < ref.length; r += 2) {
        const { starts, values } = chunks[ref[r]];
        for (let j = starts[ref[r + 1]], end = starts[ref[r + 1] + 1]; j < end; j++) {
          encoder.number(values[j] - previous);
          previous = values[j];
        }
      }
    }
    await writer.write(searchShardPath(shardNumber++), encoder.finish());
  }

  const keys = [...new Set(articles.map((article) => article.category).filter((key): key is string => key !== null))].sort(
    compareCodePoints,
  );
  const keyIndex = new Map(keys.map((key, i) => [key, i]));
  const docs: SearchDocs = { keys, category: articles.map((article) => (article.category ? keyIndex.get(article.category)! : -1)) };
  const meta: SearchMeta = { version: SEARCH_VERSION, shards, total: articles.length };
  await writer.write(searchDocsPath(), JSON.stringify(docs));
  await writer.write(searchMetaPath(), JSON.stringify(meta));
  return problems;
}

/**
 * Writes a shard's JSON (`{"token":[d,d,…],…}`, the bytes JSON.stringify would give) straight
 * into a byte buffer: at 100,000 articles there are ~50 million numbers to print.
 */
class ShardEncoder {
  private bytes = new Uint8Array(1 << 20);
  private length = 0;
  private first = true;

  private reserve(n: number) {
    if (this.length + n <= this.bytes.length) return;
    const next = new Uint8Array(Math.max(this.bytes.length * 2, this.length + n));
    next.set(this.bytes.subarray(0, this.length));
    this.bytes = next;
  }

  private byte(b: number) {
    this.reserve(1);
    this.bytes[this.length++] = b;
  }

  token(token: string) {
    const head = Buffer.from(`${this.length === 0 ? '{' : ']'}${this.length === 0 ? '' : ','}${JSON.stringify(token)}:[`);
    this.reserve(head.length);
    this.bytes.set(head, this.length);
    this.length += head.length;
    this.first = true;
  }

  /** A non-negative integer. */
  number(n: number) {
    this.reserve(12);
    if (!this.first) this.bytes[this.length++] = 0x2c;
    this.first = false;
    if (n === 0) {
      this.bytes[this.length++] = 0x30;
      return;
    }
    let digits = 0;
    for (let m = n; m > 0; m = Math.floor(m / 10)) digits++;
    for (let i = digits - 1, m = n; i >= 0; i--, m = Math.floor(m / 10)) this.bytes[this.length + i] = 0x30 + (m % 10);
    this.length += digits;
  }

  /** The shard's bytes; the encoder is then empty again. */
  finish(): Uint8Array {
    if (this.length === 0) this.byte(0x7b);
    else this.byte(0x5d);
    this.byte(0x7d);
    const out = this.bytes.slice(0, this.length);
    this.length = 0;
    return out;
  }
}

/** Sorts [chunk, index, chunk, index, …] pairs by chunk (they arrive almost in order). */
function inChunkOrder(ref: number[]): number[] {
  for (let r = 2; r < ref.length; r += 2) {
    if (ref[r] < ref[r - 2]) {
      const pairs: [number, number][] = [];
      for (let k = 0; k < ref.length; k += 2) pairs.push([ref[k], ref[k + 1]]);
      return pairs.sort((a, b) => a[0] - b[0]).flat();
    }
  }
  return ref;
}
