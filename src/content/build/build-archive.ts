/**
 * The content pipeline: archive folder in, data bundle and report out.
 *
 *   scan -> ids -> process each post (worker threads; each writes its article file)
 *        -> category tree -> lists (pages, day counts) -> day facets -> index.json -> report
 *
 * Every step is deterministic: the same archive gives the same bytes in any folder, on any
 * day, with any number of workers.
 *
 * With a cache folder (see build-cache.ts) a build is incremental when the cache matches: only
 * posts whose files changed are processed, the other results come from the cache, removed
 * posts' files are deleted, and list files are rewritten only where their bytes change. The
 * bundle is byte-identical to a full build's.
 */
import { existsSync, readFileSync } from 'node:fs';
import { access, mkdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import {
  ALL_LIST,
  articlePath,
  type BundleIndex,
  indexPath,
  listIndexPath,
  LIST_PAGE_SIZE,
  type Article,
  type ArticleSummary,
  type ContentReport,
  type ReportEntry,
} from '../../bundle/schema.ts';
import { newestFirstOrder, sortTime } from '../bundle/article-order.ts';
import { countDays, dayFacetsFile, listDaysFile, type DayCounts } from '../bundle/day-counts.ts';
import { buildBundleIndex } from '../bundle/bundle-index.ts';
import { listFiles, type ListMember } from '../bundle/list-files.ts';
import {
  activeCacheDir,
  dropManifest,
  fingerprint,
  hasManifest,
  loadManifest,
  sameStamp,
  saveManifest,
  sha1,
  stampOf,
  cachedPost,
  type CachedPost,
  type FileStamp,
  type LoadedManifest,
} from './build-cache.ts';
import { buildCategoryTree } from '../bundle/category-tree.ts';
import { compareCodePoints } from '../bundle/code-point-order.ts';
import type { ContentConfig } from '../cli/config.ts';
import { describeError } from '../util/os-error.ts';
import { assetExistsOnDisk, type BatchContext, type BatchItem, type ItemResult } from '../process/batch.ts';
import { createBatchPool, type BatchPool } from '../process/batch-pool.ts';
import { SearchTokenStore, type SearchTokens } from '../steps/search-index/post-tokens.ts';
import { TokenThread } from '../steps/search-index/token-thread.ts';
import type { ScannedFile } from '../scan/scan-archive.ts';
import { listArticleFiles, runScanPhase, scanInWorker, type ScanPhase } from '../scan/scan-phase.ts';
import { clearOutDir, createBundleWriter, type BundleWriter } from '../bundle/write-bundle.ts';

export type BuildOptions = Pick<
  ContentConfig,
  'contentDir' | 'outDir' | 'sourceTimeZone' | 'archiveTimeZone' | 'siteTitle' | 'assetBase' | 'workers'
> & {
  /** Steps that derive more files from the finished bundle, in order (search index, feeds, ...). */
  steps?: readonly BundleStep[];
  /**
   * Folder of this bundle's incremental-build cache (`defaultCacheDir(outDir)` in the CLI).
   * Absent: always a full build, no cache read or written.
   */
  cacheDir?: string;
  /** `false` forces a full build and deletes the cache (it would no longer match). Default true. */
  useCache?: boolean;
  /**
   * Files changed less than this many ms before the build started are not cached: a change in
   * the same clock tick as the read could go unseen (default 2000; tests use 0).
   */
  racyWindowMs?: number;
};

/** The bundle as the steps see it, once lists, index and every article file are written. */
export interface FinishedBundle {
  outDir: string;
  options: BuildOptions;
  index: BundleIndex;
  /** Every listed article, newest first: the order of the `all` list. */
  articles: readonly ArticleSummary[];
  /** Ids whose article file this build wrote; `null` when it wrote them all (a full build). */
  changed: ReadonlySet<string> | null;
  /**
   * An incremental build with few posts to process: the article files it overwrote, as they
   * were before (title and body), by id; absent when there were too many to keep.
   */
  replaced?: ReadonlyMap<string, Pick<Article, 'title' | 'html'>> | null;
  writer: BundleWriter;
  /** Search tokens the workers took from the posts this build processed (when a step asked for them). */
  searchTokens?: SearchTokens | null;
  /** Adds a line to the build's notes (printed by `--verbose`), e.g. why a step rebuilt in full. */
  note?(line: string): void;
}

/** One derived output. Problems it returns go into the report like any other file's. */
export interface BundleStep {
  name: string;
  /**
   * Called before the posts are processed (`incremental`: the cache was loaded). What it returns
   * is handed to the per-post work: `pages` makes the workers write each article's preview page,
   * `searchTokens` take each article's search tokens (`FinishedBundle.searchTokens`).
   */
  prepare?(build: { outDir: string; options: BuildOptions; incremental: boolean }): Promise<Pick<BatchContext, 'pages' | 'searchTokens'> | void>;
  /**
   * Called once the listed articles and their order are known, before the lists are written:
   * work that needs nothing else can start here, on another thread, and be awaited in `run`.
   * `articles[i].category` may still change (keys lengthened on a collision).
   */
  ordered?(bundle: OrderedBundle): void;
  run(bundle: FinishedBundle): Promise<ReportEntry[] | void>;
}

export type OrderedBundle = Pick<FinishedBundle, 'outDir' | 'options' | 'articles' | 'changed' | 'writer' | 'searchTokens'>;

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

interface CacheState {
  previous: LoadedManifest | null;
  reason: string | null;
  print: string;
  /** Time spent reading the cache, before the build proper. */
  loadMs: number;
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
  const cache: CacheState = { previous: null, reason: null, print: '', loadMs: 0 };
  if (options.cacheDir !== undefined) {
    if (options.useCache === false) {
      cache.reason = 'cache off (--no-cache or CONTENT_CACHE=0)';
    } else {
      cache.print = fingerprint(options);
      const loaded = await loadManifest(options.cacheDir, options.outDir, cache.print);
      cache.previous = loaded.manifest;
      cache.reason = loaded.reason;
    }
    // From here on the bundle folder may stop matching the cache: a build that dies leaves none.
    await dropManifest(options.cacheDir);
    // The scan need not take what only an incremental build compares.
    if (!cache.previous) Atomics.store(fullBuild, 0, 1);
  }
  for (const step of options.steps ?? []) {
    Object.assign(context, await step.prepare?.({ outDir: options.outDir, options, incremental: cache.previous !== null }));
  }
  cache.loadMs = Math.round(performance.now() - loadStarted);
  // A full build starts the workers now, so they load while the archive is scanned; an
  // incremental one only when many posts changed.
  let processor: BatchPool | null = cache.previous ? null : createBatchPool(context, options.workers);
  // With worker threads, the tokens go to a thread of their own, which writes the index there.
  const tokens: SearchTokens | null = !context.searchTokens ? null : options.workers > 0 ? new TokenThread() : new SearchTokenStore();
  const processAll = (items: BatchItem[]) => {
    processor ??= createBatchPool(context, items.length >= IN_PROCESS_LIMIT ? options.workers : 0);
    return processor.processAll(items, tokens ?? undefined);
  };
  try {
    return await build(options, processAll, cache, scanning, tokens);
  } finally {
    await Promise.all([processor?.close(), tokens?.close()]);
  }
}

/** At most this many overwritten article files, and this many characters of them, are kept in memory (`FinishedBundle.replaced`). */
const MAX_REPLACED = 200;
const MAX_REPLACED_CHARS = 20_000_000;

/** The title and body of each item's article file, before this build overwrites it; null past the limits. */
function readReplaced(outDir: string, items: readonly BatchItem[], existing: ReadonlySet<string>): Map<string, Pick<Article, 'title' | 'html'>> | null {
  const texts = new Map<string, Pick<Article, 'title' | 'html'>>();
  let chars = 0;
  for (const { id } of items) {
    if (!existing.has(id)) continue;
    try {
      const { title, html } = JSON.parse(readFileSync(join(outDir, articlePath(id)), 'utf8')) as Article;
      if (typeof title !== 'string' || typeof html !== 'string') continue;
      chars += title.length + html.length;
      if (chars > MAX_REPLACED_CHARS) return null;
      texts.set(id, { title, html });
    } catch {
      // Unreadable or not an article: left out, and whoever needs it does without.
    }
  }
  return texts;
}

/** Results the cache must not keep: failures that say nothing about the file. */
const TRANSIENT = /^(article not written|worker failed|processing failed|file not readable):/;

async function build(
  options: BuildOptions,
  processAll: (items: BatchItem[]) => Promise<ItemResult[]>,
  cache: CacheState,
  scanning: Promise<ScanPhase>,
  searchTokens: SearchTokens | null,
): Promise<BuildResult> {
  const startedMs = Date.now();
  let cacheNote: string | null = null;
  const previous = cache.previous;
  const caching = activeCacheDir(options) !== null;
  let mark = performance.now();
  const lap = () => {
    const now = performance.now();
    const ms = Math.round(now - mark);
    mark = now;
    return ms;
  };
  const removed = previous
    ? Promise.resolve()
    : (await clearOutDir(
        options.outDir,
        { contentDir: options.contentDir, cwd: process.cwd() },
        // The old bundle is deleted once this build has exited (see clearOutDir).
        options.cacheDir === undefined ? undefined : { dir: join(options.cacheDir, 'trash'), afterExitOf: process.pid },
      )).removed;
  const clear = lap();

  const phase = await scanning;
  const { scan, ids, collisions } = phase;
  // An incremental build compares every post with the cache first (stamps taken by the scan,
  // when it expected a cache); a full build takes each post's stamp where it opens the file
  // anyway (ItemResult.stamp), not in a pass over cold inodes first.
  const stamp = (file: ScannedFile) => stampOf(file.absPath);
  const postStamps: (FileStamp | null | undefined)[] = caching && previous ? (phase.postStamps ?? scan.posts.map(stamp)) : [];
  const assetStamps = caching ? (phase.assetStamps ?? scan.assets.map(stamp)) : [];
  const scanned = lap();

  const writer = createBundleWriter(options.outDir);
  const assetProblems: ReportEntry[] = [];
  const copiedAssets: Record<string, FileStamp> = {};
  const copying = copyAssets(scan.assets, writer, assetProblems, {
    outDir: options.outDir, previous: previous?.assets ?? null, stamps: assetStamps, copied: copiedAssets,
  });

  // Posts whose file, id and image lookups are what the cache saw keep their cached result.
  const results: ItemResult[] = new Array(scan.posts.length);
  const fileCategory: (string | null)[] = new Array(scan.posts.length);
  const existing = new Set(previous ? (phase.articleFiles ?? listArticleFiles(options.outDir)) : []);
  const todo: BatchItem[] = [];
  scan.posts.forEach((post, index) => {
    const cached = previous ? cachedPost(previous, post.rawPath) : undefined;
    if (
      cached && cached[1] === ids[index] && sameStamp(cached[0], postStamps[index] ?? undefined) &&
      (cached[4] === null || existing.has(cached[1])) &&
      cached[7].every(([path, found]) => assetExistsOnDisk(options.contentDir, path) === found)
    ) {
      const [, , status, messages, summary, categoryPath, category, assets] = cached;
      results[index] = { index, status, messages, summary, categoryPath, assets };
      fileCategory[index] = category;
    } else {
      todo.push({ index, path: post.path, absPath: post.absPath, id: ids[index] });
    }
  });

  const replaced = previous && todo.length <= MAX_REPLACED ? readReplaced(options.outDir, todo, existing) : null;
  const articleDirs = new Set(todo.map((item) => join(options.outDir, articlePath(item.id), '..')));
  await Promise.all([...articleDirs].map((dir) => mkdir(dir, { recursive: true })));
  const fresh = todo.length > 0 ? await processAll(todo.map((item, i) => ({ ...item, index: i }))) : [];
  const changed = new Set<string>();
  fresh.forEach(({ stamp, ...result }, i) => {
    const index = todo[i].index;
    // The stamp of the file as it was read; one that could not be read is not cached.
    if (caching) postStamps[index] = stamp ?? null;
    results[index] = { ...result, index };
    fileCategory[index] = result.summary?.category ?? null;
    if (result.summary) changed.add(result.summary.id);
  });
  // What the cache keeps: results before the build-wide messages below are added (they replace
  // `messages` and `status`, never change the array).
  const rawStatus = caching ? results.map((result) => result.status) : [];
  const rawMessages = caching ? results.map((result) => result.messages) : [];
  for (const [index, messages] of collisionMessages(scan.posts, collisions)) {
    const result = results[index];
    result.messages = [...messages, ...result.messages];
    if (result.status === 'ok') result.status = 'warning';
  }
  if (previous) {
    // Article files of posts that are gone, renamed or now skipped.
    const listed = new Set(results.flatMap((result) => (result.summary ? [result.summary.id] : [])));
    await removeAll([...existing].filter((id) => !listed.has(id)).map((id) => join(options.outDir, articlePath(id))));
  }
  const processed = lap();

  const outputs = { previous: previous?.outputs ?? null, next: caching ? ({} as Record<string, string>) : null };
  const ordered = (articles: readonly ArticleSummary[]) => {
    const bundle: OrderedBundle = { outDir: options.outDir, options, articles, changed: previous ? changed : null, writer, searchTokens };
    for (const step of options.steps ?? []) step.ordered?.(bundle);
  };
  const lists = await writeListsAndIndex(options, results, writer, { fileCategory, changed, outputs, ordered });
  if (outputs.previous) await removeStaleOutputs(options.outDir, outputs.previous, outputs.next ?? {});
  const listed = lap();

  // Steps read the bundle from disk too (article files): everything is written before they start.
  if (options.steps?.length) await writer.flush();
  const stepProblems: ReportEntry[] = [];
  const stepTimes: Record<string, number> = {};
  const notes: string[] = [];
  const finished: FinishedBundle = {
    outDir: options.outDir, options, index: lists.index, articles: lists.summaries, changed: previous ? changed : null, writer,
    replaced, searchTokens, note: (line) => void notes.push(line),
  };
  for (const step of options.steps ?? []) {
    stepProblems.push(...((await step.run(finished)) ?? []));
    stepTimes[step.name] = lap();
  }
  await searchTokens?.close();
  await copying;
  if (previous) {
    await removeAll(Object.keys(previous.assets).filter((path) => !Object.hasOwn(copiedAssets, path)).map((path) => join(options.outDir, 'assets', path)));
  }
  await writer.flush();
  await removed;

  if (caching && options.cacheDir !== undefined) {
    const since = Math.min(startedMs, phase.stampedAt) - (options.racyWindowMs ?? 2000);
    const recent = (stamp: FileStamp) => stamp[1] >= since || stamp[2] >= since;
    const posts: Record<string, CachedPost> = {};
    scan.posts.forEach((post, index) => {
      const stamp = postStamps[index];
      const [status, messages] = [rawStatus[index], rawMessages[index]];
      if (!stamp || recent(stamp) || (status === 'skipped' && TRANSIENT.test(messages[0] ?? ''))) return;
      const { summary, categoryPath, assets } = results[index];
      posts[post.rawPath] = [stamp, ids[index], status, messages, summary, categoryPath, fileCategory[index], assets];
    });
    for (const [path, stamp] of Object.entries(copiedAssets)) if (recent(stamp)) delete copiedAssets[path];
    // The bundle is written: a cache that cannot be saved only makes the next build a full one.
    await saveManifest(options.cacheDir, {
      fingerprint: cache.print, outDir: resolve(options.outDir), posts, assets: copiedAssets, outputs: outputs.next ?? {},
    }, previous).catch((error: unknown) => {
      cacheNote = `cache not saved: ${error instanceof Error ? error.message : String(error)}`;
    });
  }

  const report = buildReport(scan.posts, results, [
    ...scan.problems.map((problem) => skippedEntry(problem.path, problem.message)),
    ...assetProblems,
    ...stepProblems,
  ]);
  return {
    report,
    articles: lists.articles,
    lists: lists.lists,
    assets: scan.assets.length - assetProblems.length,
    phases: { cache: cache.loadMs, clear, scan: scanned, process: processed, lists: listed, ...stepTimes, finish: lap() },
    notes,
    cache: options.cacheDir === undefined
      ? null
      : { incremental: previous !== null, reason: cache.reason, reparsed: todo.length, posts: scan.posts.length, note: cacheNote },
  };
}

async function removeAll(paths: readonly string[]): Promise<void> {
  for (let i = 0; i < paths.length; i += 64) {
    await Promise.all(paths.slice(i, i + 64).map((path) => rm(path, { force: true, recursive: true })));
  }
}

/** Deletes list and index files the previous build wrote and this one did not; a list that is gone goes whole. */
async function removeStaleOutputs(outDir: string, previous: Record<string, string>, next: Record<string, string>): Promise<void> {
  const listOf = (path: string) => /^lists\/([^/]+)\//.exec(path)?.[1] ?? null;
  const liveLists = new Set(Object.keys(next).map(listOf));
  const gone = new Set<string>();
  const stale: string[] = [];
  for (const path of Object.keys(previous)) {
    if (Object.hasOwn(next, path)) continue;
    const list = listOf(path);
    if (list !== null && !liveLists.has(list)) gone.add(join(outDir, 'lists', list));
    else stale.push(join(outDir, path));
  }
  await removeAll([...gone, ...stale]);
}

/** Writes every list (`all` and one per category node) and `index.json`. */
export async function writeListsAndIndex(
  options: BuildOptions,
  results: readonly ItemResult[],
  writer: BundleWriter,
  state: {
    /** Per post, the category key in its article file; updated when patched. */
    fileCategory: (string | null)[];
    /** Ids whose article file this build wrote; patched ones are added. */
    changed: Set<string>;
    /** Signatures/hashes of the files the previous build wrote (null: write all), and of this build's (null: not kept). */
    outputs: { previous: Record<string, string> | null; next: Record<string, string> | null };
    /** Told the listed articles, newest first, before any list file is written. */
    ordered?: (articles: readonly ArticleSummary[]) => void;
  },
): Promise<{ articles: number; lists: number; index: BundleIndex; summaries: ArticleSummary[] }> {
  const { previous, next } = state.outputs;
  // Small files: written when their hash differs from the previous build's.
  const emit = async (path: string, contents: string) => {
    if (next === null) return writer.write(path, contents);
    const hash = sha1(contents);
    next[path] = hash;
    if (previous?.[path] !== hash) await writer.write(path, contents);
  };
  // A page holds the same bytes as before when its place, its ids and their summaries are the same.
  const unchanged = next === null
    ? undefined
    : (path: string, header: string, items: readonly ListMember[]) => {
        const signature = sha1(`${header}:${items.map((item) => item.id).join(',')}`);
        next[path] = signature;
        return previous?.[path] === signature && !items.some((item) => state.changed.has(item.id));
      };
  const kept = results.filter((result): result is ItemResult & { summary: ArticleSummary } => result.summary !== null);
  const times = kept.map((result) => sortTime(result.summary.date));
  const included = Array.from(newestFirstOrder(times, kept.map((result) => result.summary.id)), (i) => {
    const { index, summary, categoryPath } = kept[i];
    return { index, summary, categoryPath, time: times[i] };
  });
  const summaries = included.map((article) => article.summary);
  state.ordered?.(summaries);

  const tree = buildCategoryTree(included.map((article) => article.categoryPath));
  const listMembers = new Map<string, ListMember[]>([[ALL_LIST, []]]);
  for (const node of tree.nodes) listMembers.set(node.key, []);
  for (let i = 0; i < included.length; i++) {
    const article = included[i];
    const prefixKeys = tree.prefixKeysAt(i);
    const category = prefixKeys.at(-1) ?? null;
    article.summary.category = category;
    if (category !== state.fileCategory[article.index]) {
      // The article file holds another key: the worker writes the collision-free base key, and
      // this category's key had to be lengthened (or a cached file still holds a lengthened one).
      await patchArticleCategory(options.outDir, article.summary.id, category);
      state.fileCategory[article.index] = category;
      state.changed.add(article.summary.id);
    }
    const member = new Member(article.summary);
    listMembers.get(ALL_LIST)!.push(member);
    for (const key of prefixKeys) listMembers.get(key)!.push(member);
  }

  for (const [key, members] of listMembers) {
    for (const [path, contents] of listFiles(key, members, LIST_PAGE_SIZE, unchanged)) {
      if (path === listIndexPath(key)) await emit(path, contents);
      else await writer.write(path, contents);
    }
    await emit(...listDaysFile(key, countDays(members)));
  }
  const index = buildBundleIndex({
    title: options.siteTitle,
    timeZone: options.archiveTimeZone,
    articles: included.map((article) => ({ date: article.summary.date, day: article.summary.day, time: article.time })),
    categories: tree.roots,
    uncategorized: tree.uncategorized,
  });
  await emit(indexPath(), JSON.stringify(index));
  await emit(...dayFacetsFile(index.days.map(([day]) => day), ownDayCounts(included.map((article) => article.summary))));
  return { articles: included.length, lists: listMembers.size, index, summaries };
}

/**
 * An article in the lists, serialized on first use: an incremental build only assembles the
 * pages that changed. (A class: 100,000 object literals with a getter each took ~0.5 s.)
 */
class Member implements ListMember {
  readonly id: string;
  readonly day: string | null;
  #json: string | undefined;
  constructor(private readonly summary: ArticleSummary) {
    this.id = summary.id;
    this.day = summary.day;
  }
  get json(): string {
    return (this.#json ??= JSON.stringify(this.summary));
  }
}

/** Per category key, the day counts of the articles whose deepest node it is. */
function ownDayCounts(summaries: readonly ArticleSummary[]): Map<string, DayCounts> {
  const byNode = new Map<string, ArticleSummary[]>();
  for (const summary of summaries) {
    if (summary.category === null) continue;
    let members = byNode.get(summary.category);
    if (!members) byNode.set(summary.category, (members = []));
    members.push(summary);
  }
  return new Map([...byNode].map(([key, members]) => [key, countDays(members)]));
}

/** Messages for files whose ids had to be lengthened, by index of the post. */
function collisionMessages(posts: readonly ScannedFile[], collisions: { members: number[] }[]): Map<number, string[]> {
  const messages = new Map<number, string[]>();
  for (const { members } of collisions) {
    for (const index of members) {
      const others = members.filter((other) => other !== index);
      const sameName = others.every((other) => posts[other].path === posts[index].path);
      const text = sameName
        ? 'another file has the same path once Unicode-normalized (NFC); both got longer ids to stay unique'
        : `same id as ${others.map((other) => JSON.stringify(posts[other].path)).join(', ')}; both got longer ids to stay unique`;
      messages.set(index, [text]);
    }
  }
  return messages;
}

/**
 * Copies the images; with the previous build's stamps, one whose file did not change and whose
 * copy is still there is left as is. Stamps of the images in the bundle go to `copied`.
 */
function copyAssets(
  assets: readonly ScannedFile[],
  writer: BundleWriter,
  problems: ReportEntry[],
  cache: { outDir: string; previous: Record<string, FileStamp> | null; stamps: (FileStamp | null)[]; copied: Record<string, FileStamp> },
): Promise<void> {
  const seen = new Set<string>();
  return (async () => {
    for (const [i, asset] of assets.entries()) {
      if (seen.has(asset.path)) {
        problems.push(skippedEntry(asset.path, 'image not copied: another image has the same path once Unicode-normalized (NFC)'));
        continue;
      }
      seen.add(asset.path);
      const stamp = cache.stamps[i] ?? undefined;
      const target = `assets/${asset.path}`;
      const before = cache.previous && Object.hasOwn(cache.previous, asset.path) ? cache.previous[asset.path] : undefined;
      if (stamp && sameStamp(before, stamp) && (await access(join(cache.outDir, target)).then(() => true, () => false))) {
        cache.copied[asset.path] = stamp;
        continue;
      }
      let failed = false;
      await writer.copy(asset.absPath, target, (error) => {
        failed = true;
        delete cache.copied[asset.path];
        problems.push(skippedEntry(asset.path, `image not copied: ${describeError(error, asset.absPath, asset.path)}`));
      });
      if (stamp && !failed) cache.copied[asset.path] = stamp;
    }
  })();
}

async function patchArticleCategory(outDir: string, id: string, category: string | null): Promise<void> {
  const file = join(outDir, articlePath(id));
  const article = JSON.parse(await readFile(file, 'utf8'));
  article.category = category;
  await writeFile(file, JSON.stringify(article));
}

function skippedEntry(path: string, message: string): ReportEntry {
  return { path, status: 'skipped', id: null, title: null, date: null, category: [], messages: [message] };
}

function buildReport(posts: readonly ScannedFile[], results: readonly ItemResult[], others: ReportEntry[]): ContentReport {
  const files: ReportEntry[] = posts.map((post, index) => {
    const result = results[index];
    return {
      path: post.path,
      status: result.status,
      id: result.summary?.id ?? null,
      title: result.summary?.title ?? null,
      date: result.summary?.date ?? null,
      category: result.categoryPath,
      messages: result.messages,
    };
  });
  files.push(...others);
  // Stable sort: entries with the same path keep posts-first, scan order.
  files.sort((a, b) => compareCodePoints(a.path, b.path));
  const count = (status: ReportEntry['status']) => files.filter((file) => file.status === status).length;
  return {
    summary: { files: files.length, ok: count('ok'), warning: count('warning'), skipped: count('skipped') },
    files,
  };
}
