/**
 * The per-file work, run inside a worker thread (or in-process): read the file, turn it into
 * an article with `parsePost`, write the article's JSON file, and hand back only the small
 * part the orchestrator needs for lists, the index and the report. Nothing here throws for a
 * bad file: every failure becomes a skipped result with its reason.
 */
import { closeSync, fstatSync, openSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { message, type Message } from '../report/codes.ts';
import { articlePath, type Article, type ArticleSummary, type FileStatus } from '../../bundle/schema.ts';
import { parsePost, type PostOptions } from './post/parse-post.ts';
import { baseCategoryKey } from '../bundle/article-id.ts';
import { describeError } from '../util/os-error.ts';
import { ASSET_EXTENSIONS } from '../scan/scan-archive.ts';
import { articlePage, type ArticlePages } from '../steps/site/preview-html.ts';
import type { FileStamp } from '../util/file-stamp.ts';
import { PostTokenizer, type BatchTokens } from '../steps/search-index/post-tokens.ts';

export interface BatchItem {
  /** Position in the orchestrator's list of posts. */
  index: number;
  path: string;
  absPath: string;
  id: string;
}

/** Per-post work the steps ask for (`BundleStep.prepare`), done while the post is in memory. */
export interface PostWork {
  /** When set, each article's link preview page is written too (see preview-html.ts). */
  pages?: ArticlePages | null;
  /** When true, each article's search tokens are taken too (see post-tokens.ts). */
  searchTokens?: boolean;
}

export interface BatchContext extends PostWork {
  /** Absolute bundle folder; `articles/<xx>/` folders already exist. */
  outDir: string;
  post: PostOptions;
}

export interface BatchResult {
  /** In the order of the items. */
  results: ItemResult[];
  /** The items' search tokens, when the context asks for them. */
  tokens: BatchTokens | null;
}

/** An image a post names, and whether it was found in the content folder. */
export type AssetLookup = [path: string, found: boolean];

export interface ItemResult {
  index: number;
  status: FileStatus;
  messages: Message[];
  /** Present unless skipped. `summary.category` is the category's base key. */
  summary: ArticleSummary | null;
  categoryPath: string[];
  /** Image lookups the post made: the incremental build re-checks them. */
  assets: AssetLookup[];
  /**
   * The post file as read (size, times, inode from the open file, taken before reading it), for
   * the build cache; absent when it could not be read. A full build takes its stamps here, where
   * the file is opened anyway, instead of stat'ing 100,000 files first.
   */
  stamp?: FileStamp;
}

/** Processes batches of one build on this thread: `(items) => result`. */
export type BatchProcessor = (items: readonly BatchItem[]) => BatchResult;

/**
 * The processor of one build on this thread. What it keeps between batches: the search
 * tokenizer (its token table spans the build) and, per content folder, the image lookups
 * already answered (posts of one folder share their images).
 */
export function createBatchProcessor(context: BatchContext): BatchProcessor {
  const tokenizer = context.searchTokens ? new PostTokenizer() : null;
  const assetAnswers = new Map<string, (path: string) => boolean>();
  const assetsUnder = (root: string) => {
    let exists = assetAnswers.get(root);
    if (!exists) assetAnswers.set(root, (exists = assetLookup(root)));
    return exists;
  };
  return (items) => processBatch(items, context, tokenizer, assetsUnder);
}

/**
 * Processes the items one after the other, each written before the next is read. The files
 * are written synchronously: this runs in a worker thread, where handing each write to libuv's
 * thread pool (fs/promises) queues its opens behind the other threads' and slows the phase down.
 */
function processBatch(
  items: readonly BatchItem[],
  context: BatchContext,
  tokenizer: PostTokenizer | null,
  assetsUnder: (root: string) => (path: string) => boolean,
): BatchResult {
  const results: ItemResult[] = [];
  for (const item of items) {
    const { result, files, article } = processItem(item, context, assetsUnder(contentRootOf(item)));
    if (tokenizer) {
      if (article) tokenizer.article(article.title, article.html);
      else tokenizer.none();
    }
    const at = results.push(result) - 1;
    if (files.length === 0) continue;
    try {
      for (const [path, data] of files) writeFileSync(path, data);
    } catch (error) {
      results[at] = skipped(item, message('article-not-written', error instanceof Error ? error.message : String(error)));
    }
  }
  const tokens = tokenizer ? tokenizer.take() : null;
  return { results, tokens };
}

function skipped(item: BatchItem, why: Message): ItemResult {
  return { index: item.index, status: 'skipped', messages: [why], summary: null, categoryPath: [], assets: [] };
}

/** The content folder: `absPath` without as many trailing segments as `path` has. */
function contentRootOf(item: BatchItem): string {
  let root = item.absPath;
  for (let i = item.path.split('/').length; i > 0; i--) root = dirname(root);
  return root;
}

/** The uncached answer of `assetLookup`. */
export function assetExistsOnDisk(root: string, path: string): boolean {
  const lower = path.toLowerCase();
  const isFile = (rel: string) => statSync(join(root, rel), { throwIfNoEntry: false })?.isFile() === true;
  return path !== '' && ASSET_EXTENSIONS.some((ext) => lower.endsWith(ext)) && (isFile(path) || isFile(path.normalize('NFD')));
}

/**
 * Whether the scan finds (and the build copies) an image at `path`, remembering the answers: a
 * regular file, or a link to one, with an image extension. Checked on disk so that each worker
 * can answer without the scan's asset list. Paths are NFC; a file spelled in NFD on disk counts too.
 */
function assetLookup(root: string): (path: string) => boolean {
  const known = new Map<string, boolean>();
  return (path) => {
    const cached = known.get(path);
    if (cached !== undefined) return cached;
    const found = assetExistsOnDisk(root, path);
    known.set(path, found);
    return found;
  };
}

/** The result and the files to write for it ([absolute path, contents]). */
function processItem(
  item: BatchItem,
  context: BatchContext,
  exists: (path: string) => boolean,
): { result: ItemResult; files: [string, string][]; article?: Article } {
  const only = (result: ItemResult) => ({ result, files: [] });
  let bytes: Uint8Array;
  let stamp: FileStamp;
  try {
    const fd = openSync(item.absPath, 'r');
    try {
      const s = fstatSync(fd);
      stamp = [s.size, s.mtimeMs, s.ctimeMs, s.ino];
      bytes = readFileSync(fd);
    } finally {
      closeSync(fd);
    }
  } catch (error) {
    return only(skipped(item, message('file-unreadable', describeError(error, item.absPath, item.path))));
  }
  let result;
  const lookups = new Map<string, boolean>();
  const assetExists = (path: string) => {
    const found = exists(path);
    lookups.set(path, found);
    return found;
  };
  try {
    result = parsePost(item.path, bytes, { ...context.post, assetExists });
  } catch (error) {
    return only(skipped(item, message('processing-failed', error instanceof Error ? error.message : String(error))));
  }
  const { status, messages, post } = result;
  if (status === 'skipped' || post === null) {
    return only({ index: item.index, status: 'skipped', messages, summary: null, categoryPath: [], assets: [...lookups], stamp });
  }
  // Field order is fixed here so the JSON bytes are the same on every build.
  const summary: ArticleSummary = {
    id: item.id,
    title: post.title,
    date: post.date,
    day: post.day,
    category: post.categoryPath.length > 0 ? baseCategoryKey(post.categoryPath) : null,
    author: post.author,
    thumb: post.thumb,
    excerpt: post.excerpt,
  };
  const article: Article = {
    ...summary,
    categoryPath: post.categoryPath,
    html: post.html,
    hero: post.hero,
    source: item.path,
    ...(post.originalUrl !== null && { originalUrl: post.originalUrl }),
  };
  const files: [string, string][] = [[join(context.outDir, articlePath(item.id)), JSON.stringify(article)]];
  const pages = context.pages;
  if (pages) files.push([join(pages.dir, `${item.id}.html`), articlePage(pages.template, pages.settings, pages.siteTitle, summary)]);
  return {
    result: { index: item.index, status, messages, summary, categoryPath: post.categoryPath, assets: [...lookups], stamp },
    files,
    article,
  };
}
