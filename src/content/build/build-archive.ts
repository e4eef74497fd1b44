/**
 * The content pipeline: archive folder in, data bundle and report out. `build` reads as its
 * phases: prepare the output folder, scan, process the posts (or take them from the cache), add
 * the id-collision messages, write the lists and the index, run the steps, finish the copies,
 * save the cache, make the report.
 *
 * Every phase is deterministic: the same archive gives the same bytes in any folder, on any
 * day, with any number of workers.
 *
 * With a cache folder (see build-cache.ts) a build is incremental when the cache matches: only
 * posts whose files changed are processed, the other results come from the cache, removed
 * posts' files are deleted, and list files are rewritten only where their bytes change. The
 * bundle is byte-identical to a full build's.
 */
import { existsSync } from 'node:fs';
import { stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { articlePath, type ArticleSummary, type ContentReport, type ReportEntry } from '../../bundle/schema.ts';
import { removeStaleOutputs, writeListsAndIndex, type OutputHashes, type WrittenLists } from '../bundle/write-lists.ts';
import { clearOutDir, createBundleWriter, type BundleWriter } from '../bundle/write-bundle.ts';
import { createBatchPool, type BatchPool } from '../process/batch-pool.ts';
import type { BatchContext, BatchItem, ItemResult } from '../process/batch.ts';
import { buildReport, skippedEntry } from '../report/build-report.ts';
import { scanInWorker } from '../scan/scan-in-worker.ts';
import { runScanPhase, type ScanPhase } from '../scan/scan-phase.ts';
import { SearchTokenStore, type SearchTokens } from '../steps/search-index/post-tokens.ts';
import { TokenThread } from '../steps/search-index/token-thread.ts';
import type { BundleStep, FinishedBundle, OrderedBundle } from '../steps/step.ts';
import { stampOf, type FileStamp } from '../util/file-stamp.ts';
import { removeAll } from '../util/remove-all.ts';
import { activeCacheDir, hasManifest } from './build-cache.ts';
import type { BuildSettings } from './build-settings.ts';
import { copyAssets, removeOldAssets } from './copy-assets.ts';
import { addCollisionMessages } from './id-collisions.ts';
import { loadCache, type CacheState } from './load-cache.ts';
import { processPosts, type ProcessedPosts } from './process-posts.ts';
import { saveCache, type RawOutcome } from './save-cache.ts';

export type BuildOptions = BuildSettings & {
  /** Steps that derive more files from the finished bundle, in order (search index, feeds, ...). */
  steps?: readonly BundleStep[];
};

export interface BuildResult {
  report: ContentReport;
  /** Articles in the bundle. */
  articles: number;
  /** Lists written (`all` plus one per category node). */
  lists: number;
  /** Images copied. */
  assets: number;
  /** Milliseconds spent in each phase (and each step, by its name), for `--verbose` and profiling. */
  phases: { clear: number; scan: number; process: number; lists: number; finish: number } & Record<string, number>;
  /** Lines the steps noted (how they used the cache). */
  notes: string[];
  /** How the cache was used; null without a cache folder. */
  cache: {
    incremental: boolean;
    /** Why the build was a full one (one line), null when incremental. */
    reason: string | null;
    /** Posts read and processed by this build. */
    reparsed: number;
    posts: number;
    /** A problem with the cache itself (it could not be saved), or null. */
    note: string | null;
  } | null;
}

/** Below this many changed posts an incremental build processes them on the main thread (no worker start-up). */
const IN_PROCESS_LIMIT = 200;

/** One build, as its phases share it. */
interface BuildRun {
  options: BuildOptions;
  cache: CacheState;
  /** Time spent reading the cache and preparing the steps, before the build proper. */
  loadMs: number;
  scanning: Promise<ScanPhase>;
  processAll: (items: BatchItem[]) => Promise<ItemResult[]>;
  searchTokens: SearchTokens | null;
  /** Whether this build keeps a cache (it reads one only when `cache.previous` is set). */
  caching: boolean;
  startedMs: number;
}

export async function buildArchive(options: BuildOptions): Promise<BuildResult> {
  const isDir = await stat(options.contentDir).then((s) => s.isDirectory(), () => false);
  if (!isDir) throw new Error(`content folder not found: ${options.contentDir} (set CONTENT_DIR or --content)`);
  const context: BatchContext = {
    outDir: options.outDir,
    post: { sourceTimeZone: options.sourceTimeZone, archiveTimeZone: options.archiveTimeZone, assetBase: options.assetBase },
  };
  // The archive is scanned while the cache is read and parsed: when the cache is likely to be
  // used, in a worker thread, with the stamps the incremental build compares (see scan-phase.ts).
  const cacheDir = activeCacheDir(options);
  const caching = cacheDir !== null;
  const incremental = cacheDir !== null && existsSync(join(options.outDir, 'index.json')) && hasManifest(cacheDir);
  const fullBuild = new Int32Array(new SharedArrayBuffer(4));
  const request = { contentDir: options.contentDir, outDir: options.outDir, incremental, assetStamps: caching, fullBuild };
  const scanning = incremental ? scanInWorker(request) : runScanPhase(request);
  scanning.catch(() => undefined);
  const loadStarted = performance.now();
  const cache = await loadCache(options);
  // The scan need not take what only an incremental build compares.
  if (options.cacheDir !== undefined && !cache.previous) Atomics.store(fullBuild, 0, 1);
  for (const step of options.steps ?? []) {
    Object.assign(context, await step.prepare?.({ outDir: options.outDir, options, incremental: cache.previous !== null }));
  }
  const loadMs = Math.round(performance.now() - loadStarted);
  // A full build starts the workers now, so they load while the archive is scanned; an
  // incremental one only when many posts changed.
  let pool: BatchPool | null = cache.previous ? null : createBatchPool(context, options.workers);
  // With worker threads, the tokens go to a thread of their own, which writes the index there.
  const searchTokens: SearchTokens | null = !context.searchTokens ? null : options.workers > 0 ? new TokenThread() : new SearchTokenStore();
  const processAll = (items: BatchItem[]) => {
    pool ??= createBatchPool(context, items.length >= IN_PROCESS_LIMIT ? options.workers : 0);
    return pool.processAll(items, searchTokens ?? undefined);
  };
  try {
    return await build({ options, cache, loadMs, scanning, processAll, searchTokens, caching, startedMs: Date.now() });
  } finally {
    await Promise.all([pool?.close(), searchTokens?.close()]);
  }
}

async function build(run: BuildRun): Promise<BuildResult> {
  const { options, cache: { previous } } = run;
  const clock = phaseClock();
  await prepareOutput(run);
  const clear = clock.lap();

  const { phase, postStamps, assetStamps } = await scanPhase(run);
  const scanned = clock.lap();

  const writer = createBundleWriter(options.outDir);
  const assets = copyAssets(phase.scan.assets, writer, { outDir: options.outDir, previous: previous?.assets ?? null, stamps: assetStamps });
  const posts = await processPosts({
    contentDir: options.contentDir, outDir: options.outDir, scan: phase, previous, postStamps, caching: run.caching, processAll: run.processAll,
  });
  // What the cache keeps: results before the build-wide messages are added.
  const raw: RawOutcome[] = run.caching ? posts.results.map(({ status, messages }) => ({ status, messages })) : [];
  addCollisionMessages(phase.scan.posts, phase.collisions, posts.results);
  if (previous) await removeGoneArticles(options.outDir, posts);
  const processed = clock.lap();

  const outputs: OutputHashes = { previous: previous?.outputs ?? null, next: run.caching ? {} : null };
  const { lists, early } = await writeLists(run, posts, writer, outputs);
  const listed = clock.lap();

  const { problems: stepProblems, times: stepTimes, notes } = await runSteps(run, lists, posts, writer, early, clock.lap);
  await run.searchTokens?.close();
  await assets.done;
  if (previous) await removeOldAssets(options.outDir, previous.assets, assets.copied);
  await writer.flush();

  const cacheNote = options.cacheDir !== undefined && run.caching
    ? await saveCache({
        cacheDir: options.cacheDir, fingerprint: run.cache.print, outDir: resolve(options.outDir), previous,
        since: Math.min(run.startedMs, phase.stampedAt) - (options.racyWindowMs ?? 2000),
        posts: phase.scan.posts, ids: phase.ids, postStamps, results: posts.results, raw, fileCategory: posts.fileCategory,
        assets: assets.copied, outputs: outputs.next ?? {},
      })
    : null;

  const report = buildReport(phase.scan.posts, posts.results, [
    ...phase.scan.problems.map((problem) => skippedEntry(problem.path, problem.message)),
    ...assets.problems,
    ...stepProblems,
  ]);
  return {
    report,
    articles: lists.articles,
    lists: lists.lists,
    assets: phase.scan.assets.length - assets.problems.length,
    phases: { cache: run.loadMs, clear, scan: scanned, process: processed, lists: listed, ...stepTimes, finish: clock.lap() },
    notes,
    cache: options.cacheDir === undefined
      ? null
      : { incremental: previous !== null, reason: run.cache.reason, reparsed: posts.reparsed, posts: phase.scan.posts.length, note: cacheNote },
  };
}

/** Milliseconds since the last lap (or since the clock was made). */
function phaseClock() {
  let mark = performance.now();
  return {
    lap: () => {
      const now = performance.now();
      const ms = Math.round(now - mark);
      mark = now;
      return ms;
    },
  };
}

/**
 * A full build starts from an empty bundle folder: the old one is moved aside and deleted once
 * this build has exited (see clearOutDir). Resolves when it is gone.
 */
async function prepareOutput({ options, cache }: BuildRun): Promise<void> {
  if (cache.previous) return;
  const trash = options.cacheDir === undefined ? undefined : { dir: join(options.cacheDir, 'trash'), afterExitOf: process.pid };
  await (await clearOutDir(options.outDir, { contentDir: options.contentDir, cwd: process.cwd() }, trash)).removed;
}

/**
 * The scan, and the stamps the cache compares: an incremental build compares every post with
 * the cache first (stamps taken by the scan, when it expected a cache); a full build takes each
 * post's stamp where it opens the file anyway (ItemResult.stamp), not in a pass over cold inodes first.
 */
async function scanPhase({ scanning, caching, cache }: BuildRun) {
  const phase = await scanning;
  const stamp = (file: { absPath: string }) => stampOf(file.absPath);
  const postStamps: (FileStamp | null | undefined)[] = caching && cache.previous ? (phase.postStamps ?? phase.scan.posts.map(stamp)) : [];
  const assetStamps = caching ? (phase.assetStamps ?? phase.scan.assets.map(stamp)) : [];
  return { phase, postStamps, assetStamps };
}

/** Article files of posts that are gone, renamed or now skipped. */
async function removeGoneArticles(outDir: string, posts: ProcessedPosts): Promise<void> {
  const listed = new Set(posts.results.flatMap((result) => (result.summary ? [result.summary.id] : [])));
  await removeAll([...posts.existing].filter((id) => !listed.has(id)).map((id) => join(outDir, articlePath(id))));
}

/** The lists phase; each step's `ordered` is told the order before any list file is written. */
async function writeLists(run: BuildRun, posts: ProcessedPosts, writer: BundleWriter, outputs: OutputHashes) {
  const { options, cache: { previous } } = run;
  const early: unknown[] = [];
  const ordered = (articles: readonly ArticleSummary[]) => {
    const bundle: OrderedBundle = { outDir: options.outDir, options, articles, changed: previous ? posts.changed : null, writer, searchTokens: run.searchTokens };
    for (const step of options.steps ?? []) early.push(step.ordered?.(bundle));
  };
  const lists = await writeListsAndIndex({
    outDir: options.outDir, siteTitle: options.siteTitle, archiveTimeZone: options.archiveTimeZone, results: posts.results, writer,
    fileCategory: posts.fileCategory, changed: posts.changed, outputs, ordered,
  });
  if (outputs.previous) await removeStaleOutputs(options.outDir, outputs.previous, outputs.next ?? {});
  return { lists, early };
}

/** Each step's `run`, in order, on the finished bundle; what they report, and their times. */
async function runSteps(run: BuildRun, lists: WrittenLists, posts: ProcessedPosts, writer: BundleWriter, early: readonly unknown[], lap: () => number) {
  const { options, cache: { previous } } = run;
  const steps = options.steps ?? [];
  // Steps read the bundle from disk too (article files): everything is written before they start.
  if (steps.length) await writer.flush();
  const problems: ReportEntry[] = [];
  const times: Record<string, number> = {};
  const notes: string[] = [];
  const finished: FinishedBundle = {
    outDir: options.outDir, options, index: lists.index, articles: lists.summaries, changed: previous ? posts.changed : null, writer,
    replaced: posts.replaced, searchTokens: run.searchTokens, note: (line) => void notes.push(line),
  };
  for (const [i, step] of steps.entries()) {
    problems.push(...((await step.run(finished, early[i])) ?? []));
    times[step.name] = lap();
  }
  return { problems, times, notes };
}
