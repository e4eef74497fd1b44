/**
 * The content pipeline: archive folder in, data bundle and report out.
 *
 *   scan -> ids -> process each post (worker threads; each writes its article file)
 *        -> category tree -> lists (pages, day counts) -> day facets -> index.json -> report
 *
 * Every step is deterministic: the same archive gives the same bytes in any folder, on any
 * day, with any number of workers.
 */
import { mkdir, readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import {
  ALL_LIST,
  articlePath,
  type BundleIndex,
  indexPath,
  LIST_PAGE_SIZE,
  type ArticleSummary,
  type ContentReport,
  type ReportEntry,
} from '../bundle/schema.ts';
import { assignKeys } from './article-id.ts';
import { compareNewestFirst, sortTime } from './article-order.ts';
import { countDays, dayFacetsFile, listDaysFile, type DayCounts } from './bundle-days.ts';
import { buildBundleIndex } from './bundle-index.ts';
import { listFiles, type ListMember } from './bundle-lists.ts';
import { buildCategoryTree } from './category-tree.ts';
import { compareCodePoints } from './code-point-order.ts';
import type { ContentConfig } from './config.ts';
import { describeError } from './os-error.ts';
import type { BatchContext, BatchItem, ItemResult } from './process-batch.ts';
import { createPostProcessor } from './post-processor.ts';
import { scanArchive, type ScannedFile } from './scan-archive.ts';
import { clearOutDir, createBundleWriter, type BundleWriter } from './write-bundle.ts';

export type BuildOptions = Pick<
  ContentConfig,
  'contentDir' | 'outDir' | 'sourceTimeZone' | 'archiveTimeZone' | 'siteTitle' | 'assetBase' | 'workers'
> & {
  /** Steps that derive more files from the finished bundle, in order (search index, feeds, ...). */
  steps?: readonly BundleStep[];
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
  writer: BundleWriter;
}

/** One derived output. Problems it returns go into the report like any other file's. */
export interface BundleStep {
  name: string;
  run(bundle: FinishedBundle): Promise<ReportEntry[] | void>;
}

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
}

export async function buildArchive(options: BuildOptions): Promise<BuildResult> {
  const isDir = await stat(options.contentDir).then((s) => s.isDirectory(), () => false);
  if (!isDir) throw new Error(`content folder not found: ${options.contentDir} (set CONTENT_DIR or --content)`);
  const context: BatchContext = {
    outDir: options.outDir,
    post: { sourceTimeZone: options.sourceTimeZone, archiveTimeZone: options.archiveTimeZone, assetBase: options.assetBase },
  };
  const processor = createPostProcessor(context, options.workers);
  try {
    return await build(options, (items) => processor.processAll(items));
  } finally {
    await processor.close();
  }
}

async function build(
  options: BuildOptions,
  processAll: (items: BatchItem[]) => Promise<ItemResult[]>,
): Promise<BuildResult> {
  let mark = performance.now();
  const lap = () => {
    const now = performance.now();
    const ms = Math.round(now - mark);
    mark = now;
    return ms;
  };
  const { removed } = await clearOutDir(options.outDir, { contentDir: options.contentDir, cwd: process.cwd() });
  const clear = lap();

  const scan = await scanArchive(options.contentDir);
  const scanned = lap();
  const { keys: ids, collisions } = assignKeys(scan.posts.map((post) => post.path));

  const writer = createBundleWriter(options.outDir);
  const assetProblems: ReportEntry[] = [];
  const copying = copyAssets(scan.assets, writer, assetProblems);

  const articleDirs = new Set(ids.map((id) => join(options.outDir, articlePath(id), '..')));
  await Promise.all([...articleDirs].map((dir) => mkdir(dir, { recursive: true })));
  const results = await processAll(
    scan.posts.map((post, index) => ({ index, path: post.path, absPath: post.absPath, id: ids[index] })),
  );
  for (const [index, messages] of collisionMessages(scan.posts, collisions)) {
    const result = results[index];
    result.messages = [...messages, ...result.messages];
    if (result.status === 'ok') result.status = 'warning';
  }
  const processed = lap();

  const lists = await writeListsAndIndex(options, results, writer);
  const listed = lap();

  // Steps read the bundle from disk too (article files): everything is written before they start.
  if (options.steps?.length) await writer.flush();
  const stepProblems: ReportEntry[] = [];
  const stepTimes: Record<string, number> = {};
  const finished: FinishedBundle = { outDir: options.outDir, options, index: lists.index, articles: lists.summaries, changed: null, writer };
  for (const step of options.steps ?? []) {
    stepProblems.push(...((await step.run(finished)) ?? []));
    stepTimes[step.name] = lap();
  }
  await copying;
  await writer.flush();
  await removed;

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
    phases: { clear, scan: scanned, process: processed, lists: listed, ...stepTimes, finish: lap() },
  };
}

/** Writes every list (`all` and one per category node) and `index.json`. */
async function writeListsAndIndex(
  options: BuildOptions,
  results: readonly ItemResult[],
  writer: BundleWriter,
): Promise<{ articles: number; lists: number; index: BundleIndex; summaries: ArticleSummary[] }> {
  const included = results
    .filter((result): result is ItemResult & { summary: ArticleSummary } => result.summary !== null)
    .map((result) => ({ ...result, time: sortTime(result.summary.date) }))
    .sort((a, b) => compareNewestFirst({ id: a.summary.id, time: a.time }, { id: b.summary.id, time: b.time }));

  const tree = buildCategoryTree(included.map((article) => article.categoryPath));
  const listMembers = new Map<string, ListMember[]>([[ALL_LIST, []]]);
  for (const node of tree.nodes) listMembers.set(node.key, []);
  for (const article of included) {
    const prefixKeys = tree.prefixKeys(article.categoryPath);
    const category = prefixKeys.at(-1) ?? null;
    if (category !== article.summary.category) {
      // The worker wrote the collision-free base key; this category's key had to be lengthened.
      article.summary.category = category;
      await patchArticleCategory(options.outDir, article.summary.id, category);
    }
    const member: ListMember = { json: JSON.stringify(article.summary), day: article.summary.day };
    listMembers.get(ALL_LIST)!.push(member);
    for (const key of prefixKeys) listMembers.get(key)!.push(member);
  }

  for (const [key, members] of listMembers) {
    for (const [path, contents] of listFiles(key, members, LIST_PAGE_SIZE)) await writer.write(path, contents);
    await writer.write(...listDaysFile(key, countDays(members)));
  }
  const index = buildBundleIndex({
    title: options.siteTitle,
    timeZone: options.archiveTimeZone,
    articles: included.map((article) => ({ date: article.summary.date, day: article.summary.day, time: article.time })),
    categories: tree.roots,
    uncategorized: tree.uncategorized,
  });
  await writer.write(indexPath(), JSON.stringify(index));
  await writer.write(...dayFacetsFile(index.days.map(([day]) => day), ownDayCounts(included.map((article) => article.summary))));
  return { articles: included.length, lists: listMembers.size, index, summaries: included.map((article) => article.summary) };
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

function copyAssets(assets: readonly ScannedFile[], writer: BundleWriter, problems: ReportEntry[]): Promise<void> {
  const seen = new Set<string>();
  return (async () => {
    for (const asset of assets) {
      if (seen.has(asset.path)) {
        problems.push(skippedEntry(asset.path, 'image not copied: another image has the same path once Unicode-normalized (NFC)'));
        continue;
      }
      seen.add(asset.path);
      await writer.copy(asset.absPath, `assets/${asset.path}`, (error) => {
        problems.push(skippedEntry(asset.path, `image not copied: ${describeError(error, asset.absPath, asset.path)}`));
      });
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
