/**
 * The search index, a bundle step: tokenises every listed article (worker threads) and writes
 * a sharded inverted index under `data/search/` (format: src/search/index-format.ts), so a
 * query downloads only the shards of its own tokens.
 */
import { closeSync, openSync, readdirSync, readSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { articlePath, type ArticleSummary, type ReportEntry } from '../../../bundle/schema.ts';
import { message, reportMessages } from '../../report/codes.ts';
import {
  SEARCH_VERSION,
  searchDocsPath,
  searchMetaPath,
  searchShardPath,
  shardOf,
  type SearchDocs,
  type SearchMeta,
} from '../../../search/index-format.ts';
import type { BundleStep, FinishedBundle, OrderedBundle } from '../step.ts';
import { activeCacheDir } from '../../build/build-cache.ts';
import { compareCodePoints } from '../../bundle/code-point-order.ts';
import { createWorkerPool } from '../../util/worker-pool.ts';
import { indexChunk, type ChunkResult, type ChunkTask } from './index-chunk.ts';
import type { SearchTokens } from './post-tokens.ts';
import { POSTINGS_PER_PASS, shardCount, type IndexShape, type TokenIndex } from './shard-files.ts';
import { jsonKeyBytes, ShardBytes, ShardFormatError } from './shard-format.ts';
import { dropState, indexFiles, loadState, saveState, stampOf, type SearchIndexState, type Stamp } from './search-index-state.ts';
import { rowMap, updateShard, type ShardAdditions } from './update-shard.ts';

const WORKER_ENTRY = new URL('./index-worker.mjs', import.meta.url);
/** Articles per worker task: at least 8 tasks per worker to balance, at most 2,000 (fewer tokens repeated across chunks). */
const chunkSize = (articles: number, workers: number) => Math.min(2000, Math.max(200, Math.ceil(articles / (Math.max(1, workers) * 8))));
/** Postings per shard aimed at (about 60 KB of JSON, 20–30 KB gzip). */
const POSTINGS_PER_SHARD = 20_000;

const SEARCH_STEP_NAME = 'search';

export interface SearchIndexOptions {
  /** Postings per shard aimed at (default 20,000; tests use fewer to get several shards). */
  postingsPerShard?: number;
  /** Postings inverted in one pass over the parsed posts' tokens (default 25 million; tests use fewer). */
  postingsPerPass?: number;
}

const shapeOf = (options: SearchIndexOptions): IndexShape => ({
  perShard: options.postingsPerShard ?? POSTINGS_PER_SHARD,
  perPass: options.postingsPerPass ?? POSTINGS_PER_PASS,
});

/** An index write begun from the parsed posts' tokens while the lists are written; settles with an Error (never rejects) when the store failed. */
type StartedIndex = Promise<TokenIndex | null | Error>;

export function searchIndexStep(options: SearchIndexOptions = {}): BundleStep<StartedIndex | undefined> {
  return {
    name: SEARCH_STEP_NAME,
    // A full build takes the tokens while it parses (post-tokens.ts); an incremental one
    // re-indexes few articles, from their files.
    prepare: ({ incremental }) => Promise.resolve({ searchTokens: !incremental }),
    // A full build's index needs only the articles' order: written from the tokens while the
    // lists are (on the store's thread when it has one), it is often done when `run` comes.
    ordered: (bundle) => (bundle.changed === null && bundle.searchTokens ? startIndex(bundle, bundle.searchTokens, shapeOf(options)) : undefined),
    run: (bundle, started) => buildSearchIndex(bundle, options, started),
  };
}

/**
 * Writes the index. After an incremental bundle build (`changed` known) it updates the
 * previous index when the build cache holds its state and everything matches, else (saying
 * why in the build's notes) rebuilds it; either way the files are those of a full build.
 */
export async function buildSearchIndex(bundle: FinishedBundle, options: SearchIndexOptions = {}, started?: StartedIndex): Promise<ReportEntry[]> {
  const shape = shapeOf(options);
  const { perShard } = shape;
  const { articles, outDir, writer, changed } = bundle;
  const stateDir = activeCacheDir(bundle.options);
  let previous: SearchIndexState | null = null;
  let reason: string | null = null;
  if (changed !== null) {
    const loaded = stateDir === null ? { state: null, reason: 'no cache folder' } : loadState(stateDir, outDir);
    previous = loaded.state;
    reason = loaded.reason;
  }
  // From here on the index files may stop matching the state: a build that dies leaves none.
  if (stateDir !== null) dropState(stateDir);

  let built: BuiltIndex | null = null;
  if (previous) {
    try {
      built = await updateIndex(bundle, previous, perShard);
      bundle.note?.(`search index updated: ${built.reindexed} articles re-indexed, ${built.read} of ${built.shards} shards read, ${built.written.length} rewritten`);
    } catch (error) {
      reason = error instanceof Error ? error.message : String(error);
    }
  }
  if (!built) {
    if (changed !== null) bundle.note?.(`search index rebuilt in full: ${reason}`);
    built = await buildFullIndex(bundle, shape, started);
    // An incremental bundle build keeps the old folder: shards beyond the new count must go.
    if (changed !== null) removeStaleShards(outDir, built.shards);
  }

  const keys = [...new Set(articles.map((article) => article.category).filter((key): key is string => key !== null))].sort(
    compareCodePoints,
  );
  const keyIndex = new Map(keys.map((key, i) => [key, i]));
  const docs: SearchDocs = { keys, category: articles.map((article) => (article.category ? keyIndex.get(article.category)! : -1)) };
  const meta: SearchMeta = { version: SEARCH_VERSION, shards: built.shards, total: articles.length };
  await writer.write(searchDocsPath(), JSON.stringify(docs));
  await writer.write(searchMetaPath(), JSON.stringify(meta));

  if (stateDir !== null) {
    await writer.flush();
    const files = indexFiles(built.shards);
    const written = new Set([0, 1, ...built.written.map((n) => n + 2)]);
    const stamps = files.map((file, i): Stamp =>
      !written.has(i) && previous ? previous.stamps[i] : stampOf(join(outDir, file)) ?? [-1, -1, -1],
    );
    saveState(stateDir, {
      outDir: resolve(outDir),
      shards: built.shards,
      postings: built.postings,
      ids: articles.map((article) => article.id),
      failed: built.problems.map((problem) => problem.id!),
      stamps,
    });
  }
  return built.problems;
}

interface BuiltIndex {
  shards: number;
  postings: number;
  /** Shards whose file was written. */
  written: number[];
  /** Articles tokenised. */
  reindexed: number;
  problems: ReportEntry[];
  /** Shards an update read (the others cannot have changed); all of them in a full build. */
  read?: number;
}

function unreadable(article: ArticleSummary, reason: string): ReportEntry {
  return {
    path: `data/${articlePath(article.id)}`,
    status: 'warning',
    id: article.id,
    title: article.title,
    date: article.date,
    category: [],
    ...reportMessages([message('search-unindexed', reason)]),
  };
}

/**
 * The index from the tokens the workers took while parsing; null when some listed article's
 * tokens are not there, or the store could not give them (then the files are read). Started
 * by the step's `ordered` while the lists are written, when the build said the order then.
 */
async function indexFromTokens(bundle: FinishedBundle, shape: IndexShape, started: StartedIndex | undefined): Promise<BuiltIndex | null> {
  const tokens = bundle.searchTokens;
  if (!tokens) return null;
  const built = await (started ?? startIndex(bundle, tokens, shape));
  if (built instanceof Error) {
    bundle.note?.(`search index read from the article files: the parsed posts' tokens were lost (${built.message})`);
    return null;
  }
  if (!built) return null;
  return { ...built, written: Array.from({ length: built.shards }, (_, n) => n), reindexed: bundle.articles.length, problems: [] };
}

/** Starts writing the index from the tokens. */
function startIndex(bundle: OrderedBundle, tokens: SearchTokens, shape: IndexShape): StartedIndex {
  const ids = bundle.articles.map((article) => article.id);
  const out = { outDir: bundle.outDir, write: (path: string, bytes: Uint8Array) => bundle.writer.write(path, bytes) };
  return tokens.index(ids, shape, out).catch((error: unknown) => (error instanceof Error ? error : new Error(String(error))));
}

async function buildFullIndex(bundle: FinishedBundle, shape: IndexShape, started: StartedIndex | undefined): Promise<BuiltIndex> {
  const fromTokens = await indexFromTokens(bundle, shape, started);
  if (fromTokens) return fromTokens;
  const { articles, outDir, writer } = bundle;
  const tasks: ChunkTask[] = [];
  const size = chunkSize(articles.length, bundle.options.workers);
  for (let first = 0; first < articles.length; first += size) {
    tasks.push({ outDir, first, ids: articles.slice(first, first + size).map((article) => article.id), encode: true });
  }

  // Chunks are consecutive ordinal runs: reading each token's chunks in order gives an
  // ascending list, so the postings are never merged into one big array, only written out.
  // Each chunk's tokens are registered, in chunk order, while the workers go on tokenising.
  const chunks = new Array<ChunkResult>(tasks.length);
  const tokenIds = new Map<string, number>();
  const refs: number[][] = []; // per token: chunk index, token index in that chunk, … (chunks ascending)
  let postingCount = 0;
  const problems: ReportEntry[] = [];
  let registered = 0;
  const arrived = (chunk: ChunkResult, c: number) => {
    chunks[c] = chunk;
    while (registered < chunks.length && chunks[registered]) register(chunks[registered], registered++);
  };
  const register = (chunk: ChunkResult, c: number) => {
    chunk.tokens.forEach((token, i) => {
      let id = tokenIds.get(token);
      if (id === undefined) {
        id = refs.length;
        tokenIds.set(token, id);
        refs.push([]);
      }
      refs[id].push(c, i);
    });
    postingCount += chunk.postings;
    for (const [ordinal, reason] of chunk.failures) problems.push(unreadable(articles[ordinal], reason));
  };
  const workers = Math.min(bundle.options.workers, tasks.length);
  if (workers > 1) {
    const pool = createWorkerPool<ChunkTask, ChunkResult>({ size: workers, entry: WORKER_ENTRY });
    try {
      await Promise.all(tasks.map((task, c) => pool.run(task).then((chunk) => arrived(chunk, c))));
    } finally {
      await pool.close();
    }
  } else {
    tasks.forEach((task, c) => arrived(indexChunk(task), c));
  }
  // Failures arrive in chunk order with worker threads: report them in ordinal order.
  problems.sort((a, b) => compareCodePoints(a.path, b.path));

  const shards = shardCount(postingCount, shape.perShard);
  const buckets: string[][] = Array.from({ length: shards }, () => []);
  for (const token of tokenIds.keys()) buckets[shardOf(token, shards)].push(token);
  const encoder = new ShardBytes();
  let shardNumber = 0;
  for (const tokens of buckets) {
    for (const token of tokens.sort(compareCodePoints)) {
      encoder.token(token);
      const ref = refs[tokenIds.get(token)!];
      let previous = 0;
      for (let r = 0; r < ref.length; r += 2) {
        const { first, last, offsets, bytes } = chunks[ref[r]].encoded!;
        const i = ref[r + 1];
        encoder.value(first[i] - previous);
        encoder.copy(bytes, offsets[i], offsets[i + 1]);
        previous = last[i];
      }
    }
    await writer.write(searchShardPath(shardNumber++), encoder.finish());
  }
  return { shards, postings: postingCount, written: Array.from({ length: shards }, (_, n) => n), reindexed: articles.length, problems };
}

/** Above this share of the articles re-indexing one by one is slower than a full build with workers. */
const MAX_REINDEX_SHARE = 0.2;

/**
 * Updates the previous index in place: rows of unchanged articles move to their new ordinal,
 * changed, removed and previously unreadable ones are dropped, and changed or added articles
 * (read from their article files) are merged in. Throws, with the reason, when it cannot.
 */
async function updateIndex(bundle: FinishedBundle, previous: SearchIndexState, perShard: number): Promise<BuiltIndex> {
  const { articles, outDir, writer } = bundle;
  const redo = new Set([...bundle.changed!, ...previous.failed]);
  const newOrdinal = new Map<string, number>();
  articles.forEach((article, ordinal) => newOrdinal.set(article.id, ordinal));
  const remap = new Int32Array(previous.ids.length);
  const kept = new Uint8Array(articles.length);
  let last = -1;
  previous.ids.forEach((id, ordinal) => {
    const next = redo.has(id) ? undefined : newOrdinal.get(id);
    if (next === undefined) {
      remap[ordinal] = -1;
      return;
    }
    if (next <= last) throw new Error(`unchanged articles are in another order (${id})`);
    last = next;
    kept[next] = 1;
    remap[ordinal] = next;
  });
  const ordinals: number[] = [];
  for (let ordinal = 0; ordinal < articles.length; ordinal++) if (!kept[ordinal]) ordinals.push(ordinal);
  if (ordinals.length > Math.max(200, articles.length * MAX_REINDEX_SHARE)) {
    throw new Error(`${ordinals.length} of ${articles.length} articles to re-index`);
  }

  const chunk = indexChunk({ outDir, first: 0, ids: ordinals.map((ordinal) => articles[ordinal].id), ordinals });
  const problems = chunk.failures.map(([ordinal, reason]) => unreadable(articles[ordinal], reason));
  const visit = shardsToVisit(bundle, previous, ordinals, chunk);
  problems.sort((a, b) => compareCodePoints(a.path, b.path));
  const shards = previous.shards;
  const additions = new Map<number, { token: string; values: Int32Array }[]>();
  chunk.tokens.forEach((token, i) => {
    const shard = shardOf(token, shards);
    let list = additions.get(shard);
    if (!list) additions.set(shard, (list = []));
    list.push({ token, values: postingsOf(chunk, i) });
  });

  const rows = rowMap(remap);
  // Shards are updated in memory and written only once the shard count is known to stay.
  const out = new ShardBytes();
  const changedShards: [number, Uint8Array][] = [];
  let postings = visit ? visit.postings : 0;
  const reader = new ShardReader();
  for (let n = 0; n < shards; n++) {
    if (visit && !visit.shards.has(n)) continue;
    const path = searchShardPath(n);
    const source = reader.read(join(outDir, path), previous.stamps[n + 2][0]);
    const entries = additions.get(n)?.sort((a, b) => compareCodePoints(a.token, b.token));
    const added: ShardAdditions | undefined = entries && {
      tokens: entries.map((entry) => entry.token),
      keys: entries.map((entry) => jsonKeyBytes(entry.token)),
      values: entries.map((entry) => entry.values),
    };
    let result;
    try {
      result = updateShard(source, rows, added, out);
    } catch (error) {
      if (error instanceof ShardFormatError) throw new Error(`data/${path} is not a shard as this build writes it (${error.message})`, { cause: error });
      throw error;
    }
    if (!visit) postings += result.postings;
    const bytes = out.bytes.subarray(0, out.length);
    if (result.changed && !source.equals(bytes)) changedShards.push([n, bytes.slice()]);
  }
  if (shardCount(postings, perShard) !== shards) throw new Error(`the index now needs ${shardCount(postings, perShard)} shards, not ${shards}`);
  for (const [n, bytes] of changedShards) await writer.write(searchShardPath(n), bytes);
  return { shards, postings, written: changedShards.map(([n]) => n), reindexed: ordinals.length, problems, read: visit ? visit.shards.size : shards };
}

/**
 * The shards an update has to read, when it can know them: no article moved to another row
 * (same articles in the same order, only some re-indexed in place), and the text each
 * re-indexed article had before is at hand (`FinishedBundle.replaced`). Then only the shards
 * of the tokens whose postings differ between the old texts and the new change: a token the
 * old text had and the new one lacks (a posting to drop), the other way round (one to add), or
 * both have at other places (title or body); and the total is the previous one minus the old
 * postings plus the new. A fixed typo or an edited title reads a few shards, not those of
 * every word of the article. Otherwise (rows shift, or an old text is missing) null: every
 * shard is read.
 */
function shardsToVisit(
  bundle: FinishedBundle,
  previous: SearchIndexState,
  ordinals: readonly number[],
  chunk: ChunkResult,
): { shards: Set<number>; postings: number } | null {
  const { articles, replaced } = bundle;
  if (!replaced || previous.ids.length !== articles.length) return null;
  if (!previous.ids.every((id, ordinal) => articles[ordinal].id === id)) return null;
  const failed = new Set(previous.failed);
  // Re-indexed articles that had postings (at the same ordinals): their old text must be known.
  const old = ordinals.filter((ordinal) => !failed.has(articles[ordinal].id));
  const ids = old.map((ordinal) => articles[ordinal].id);
  if (!ids.every((id) => replaced.has(id))) return null;
  const before = indexChunk({ outDir: bundle.outDir, first: 0, ids, ordinals: old, texts: replaced });
  if (before.failures.length > 0) return null;
  const shards = new Set<number>();
  const dropped = new Map(before.tokens.map((token, i) => [token, postingsOf(before, i)]));
  chunk.tokens.forEach((token, i) => {
    const was = dropped.get(token);
    const now = postingsOf(chunk, i);
    dropped.delete(token);
    if (!was || was.length !== now.length || was.some((value, v) => value !== now[v])) shards.add(shardOf(token, previous.shards));
  });
  for (const token of dropped.keys()) shards.add(shardOf(token, previous.shards));
  return { shards, postings: previous.postings - before.postings + chunk.postings };
}

/** The postings of a chunk's `i`th token (a chunk returned as lists, not encoded). */
const postingsOf = (chunk: ChunkResult, i: number) => chunk.lists!.values.subarray(chunk.lists!.starts[i], chunk.lists!.starts[i + 1]);

/**
 * Reads shards into one reused buffer: 100 MB of shards read as 4,000 new buffers cost more in
 * garbage collection (in a build's large heap) than the update itself.
 */
class ShardReader {
  private buffer = Buffer.allocUnsafe(1 << 20);
  private probe = Buffer.alloc(1);

  /** The file's bytes, valid until the next read; `size` is what the state recorded. */
  read(path: string, size: number): Buffer {
    if (size > this.buffer.length) this.buffer = Buffer.allocUnsafe(Math.ceil(size * 1.5));
    const fd = openSync(path, 'r');
    try {
      let done = 0;
      for (let n = -1; n !== 0 && done < size; done += n) n = readSync(fd, this.buffer, done, size - done, done);
      if (done !== size || readSync(fd, this.probe, 0, 1, size) !== 0) throw new Error(`${path} changed size while being read`);
    } finally {
      closeSync(fd);
    }
    return this.buffer.subarray(0, size);
  }
}

/** Deletes shard files numbered `shards` or above (left by a previous index with more shards). */
function removeStaleShards(outDir: string, shards: number): void {
  const dir = join(outDir, searchShardPath(0), '..');
  for (const name of readdirSync(dir)) {
    const n = /^(\d+)\.json$/.exec(name);
    if (!n || Number(n[1]) >= shards) rmSync(join(dir, name), { force: true, recursive: true });
  }
}
