/**
 * The process phase: every post gets its result, from the cache when its file, id and image
 * lookups are what the cache saw, else by processing it (worker threads write its article file).
 */
import { readFileSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { articlePath, type Article } from '../../bundle/schema.ts';
import { assetExistsOnDisk, type BatchItem, type ItemResult } from '../process/batch.ts';
import { listArticleFiles, type ScanPhase } from '../scan/scan-phase.ts';
import { sameStamp, type FileStamp } from '../util/file-stamp.ts';
import { cachedPost, type LoadedManifest } from './build-cache.ts';

/** Every post's result, and what the later phases and the cache need to know of them. */
export interface ProcessedPosts {
  /** Per post (scan order). */
  results: ItemResult[];
  /** Per post, the category key in its article file (null: none or skipped). */
  fileCategory: (string | null)[];
  /** Ids whose article file this build wrote. */
  changed: Set<string>;
  /** Posts this build processed (not taken from the cache). */
  reparsed: number;
  /** Article files in the bundle folder before this build (incremental builds). */
  existing: ReadonlySet<string>;
  /** See `FinishedBundle.replaced`. */
  replaced: Map<string, Pick<Article, 'title' | 'html'>> | null;
}

export interface ProcessInput {
  contentDir: string;
  outDir: string;
  scan: ScanPhase;
  /** The loaded cache, null in a full build. */
  previous: LoadedManifest | null;
  /**
   * Per post, its stamp: taken by the scan in an incremental build; filled in here for the posts
   * this build reads (null: not readable), when the build keeps a cache.
   */
  postStamps: (FileStamp | null | undefined)[];
  caching: boolean;
  processAll: (items: BatchItem[]) => Promise<ItemResult[]>;
}

/** At most this many overwritten article files, and this many characters of them, are kept in memory (`FinishedBundle.replaced`). */
const MAX_REPLACED = 200;
const MAX_REPLACED_CHARS = 20_000_000;

export async function processPosts(input: ProcessInput): Promise<ProcessedPosts> {
  const { scan, previous } = input;
  const existing = new Set(previous ? (scan.articleFiles ?? listArticleFiles(input.outDir)) : []);
  const { results, fileCategory, todo } = reuseCached(input, existing);
  const replaced = previous && todo.length <= MAX_REPLACED ? readReplaced(input.outDir, todo, existing) : null;
  const articleDirs = new Set(todo.map((item) => join(input.outDir, articlePath(item.id), '..')));
  await Promise.all([...articleDirs].map((dir) => mkdir(dir, { recursive: true })));
  const fresh = todo.length > 0 ? await input.processAll(todo.map((item, i) => ({ ...item, index: i }))) : [];
  const changed = new Set<string>();
  fresh.forEach(({ stamp, ...result }, i) => {
    const index = todo[i].index;
    // The stamp of the file as it was read; one that could not be read is not cached.
    if (input.caching) input.postStamps[index] = stamp ?? null;
    results[index] = { ...result, index };
    fileCategory[index] = result.summary?.category ?? null;
    if (result.summary) changed.add(result.summary.id);
  });
  return { results, fileCategory, changed, reparsed: todo.length, existing, replaced };
}

/** Results taken from the cache, and the posts left to process. */
function reuseCached(
  { contentDir, scan: { scan, ids }, previous, postStamps }: ProcessInput,
  existing: ReadonlySet<string>,
): { results: ItemResult[]; fileCategory: (string | null)[]; todo: BatchItem[] } {
  const results = new Array<ItemResult>(scan.posts.length);
  const fileCategory = new Array<string | null>(scan.posts.length);
  const todo: BatchItem[] = [];
  scan.posts.forEach((post, index) => {
    const cached = previous ? cachedPost(previous, post.rawPath) : undefined;
    if (
      cached && cached.id === ids[index] && sameStamp(cached.stamp, postStamps[index] ?? undefined) &&
      (cached.summary === null || existing.has(cached.id)) &&
      cached.assets.every(([path, found]) => assetExistsOnDisk(contentDir, path) === found)
    ) {
      const { status, messages, summary, categoryPath, assets } = cached;
      results[index] = { index, status, messages, summary, categoryPath, assets };
      fileCategory[index] = cached.fileCategory;
    } else {
      todo.push({ index, path: post.path, absPath: post.absPath, id: ids[index] });
    }
  });
  return { results, fileCategory, todo };
}

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
