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
/** Articles per worker task. */
const CHUNK = 500;
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
  for (let first = 0; first < articles.length; first += CHUNK) {
    tasks.push({ outDir, first, ids: articles.slice(first, first + CHUNK).map((article) => article.id) });
  }
  const workers = Math.min(bundle.options.workers, tasks.length);
  let chunks: ChunkResult[];
  if (workers > 1) {
    const pool = createWorkerPool<ChunkTask, ChunkResult>({ size: workers, entry: WORKER_ENTRY });
    try {
      chunks = await Promise.all(tasks.map((task) => pool.run(task)));
    } finally {
      await pool.close();
    }
  } else {
    chunks = tasks.map(indexChunk);
  }

  // Chunks are consecutive ordinal runs: reading each token's chunks in order gives an
  // ascending list, so the postings are never merged into one big array, only written out.
  const tokenIds = new Map<string, number>();
  const refs: number[][] = []; // per token: chunk index, token index in that chunk, …
  let postingCount = 0;
  const problems: ReportEntry[] = [];
  chunks.forEach((chunk, c) => {
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
  });

  let shards = 1;
  while (shards < MAX_SHARDS && postingCount / shards > POSTINGS_PER_SHARD) shards *= 2;
  const buckets: string[][] = Array.from({ length: shards }, () => []);
  for (const token of tokenIds.keys()) buckets[shardOf(token, shards)].push(token);
  for (const [shard, tokens] of buckets.entries()) {
    const entries: string[] = [];
    for (const token of tokens.sort(compareCodePoints)) {
      const ref = refs[tokenIds.get(token)!];
      const deltas: number[] = [];
      let previous = 0;
      for (let r = 0; r < ref.length; r += 2) {
        const { starts, values } = chunks[ref[r]];
        for (let j = starts[ref[r + 1]], end = starts[ref[r + 1] + 1]; j < end; j++) {
          deltas.push(values[j] - previous);
          previous = values[j];
        }
      }
      entries.push(`${JSON.stringify(token)}:[${deltas.join(',')}]`);
    }
    // The same bytes as JSON.stringify(SearchShard), without building the object first.
    await writer.write(searchShardPath(shard), `{${entries.join(',')}}`);
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
