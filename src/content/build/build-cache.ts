/**
 * The incremental-build cache: what the last successful build of one bundle folder read and
 * wrote, so that the next build re-parses only the posts whose files changed.
 *
 * Where: `node_modules/.cache/reader-build/<hash of the absolute bundle folder>/` in the
 * project, never inside the bundle (which is deployed). One cache per bundle folder.
 *
 * What it holds:
 * - a fingerprint of everything that changes the output besides the posts: time zones, asset
 *   base, site title, Node version (time-zone data), package-lock.json and the pipeline's own
 *   source files (src/content, src/bundle), so editing pipeline code invalidates the cache;
 * - per post (by its path as the file system spells it): size, mtime, ctime and inode, the id
 *   it got, the result the worker returned (summary, status, messages) before any
 *   build-wide message was added, the category key written in its article file, and the
 *   image lookups it made (re-checked each build, since adding an image changes the post);
 *   a file changed less than 2 s before the build started is not kept (a change in the same
 *   clock tick as the read would go unseen);
 * - per copied image: size and times;
 * - per list page: a signature (page count, total, ids) and per other file a hash, so list
 *   files are rewritten only when their bytes change.
 *
 * Anything unexpected (missing, unreadable, corrupt, other version, other settings, a bundle
 * folder that is not what the cache describes) means a full build; the reason is returned as
 * one line. The manifest is deleted before a build touches the bundle folder and written back
 * only when the build succeeded, so a build that dies half-way leaves no cache behind.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import type { ArticleSummary, FileStatus } from '../../bundle/schema.ts';
import type { AssetLookup } from '../process/batch.ts';
import type { Message } from '../report/codes.ts';
import { sameStamp, type FileStamp } from '../util/file-stamp.ts';
import { sha1 } from '../util/sha1.ts';
import { PROJECT_ROOT } from '../util/project-root.ts';

/** Bump when the manifest's shape changes. */
const MANIFEST_VERSION = 5;


/** Where the default cache folders are: one per bundle folder, named by a hash of its path. */
const CACHES_ROOT = join(PROJECT_ROOT, 'node_modules', '.cache', 'reader-build');

/** The default cache folder of a bundle folder. */
export function defaultCacheDir(outDir: string): string {
  const key = createHash('sha256').update(resolve(outDir)).digest('hex').slice(0, 16);
  return join(CACHES_ROOT, key);
}

/**
 * Deletes the caches in `root` whose bundle folder is gone: each build into a temporary folder
 * (the tests, the benchmarks, a one-off build) would otherwise leave one behind for good, up to
 * 80 MB each. A cache names its bundle folder in `state.json`; one without a readable
 * `state.json` (a build running now, or one that died) is left alone. Returns what it deleted.
 */
export async function pruneCaches(root = CACHES_ROOT): Promise<string[]> {
  let names: string[];
  try {
    names = await readdir(root);
  } catch {
    return [];
  }
  const removed: string[] = [];
  for (const name of names) {
    if (!/^[0-9a-f]{16}$/.test(name)) continue;
    const dir = join(root, name);
    let outDir: unknown;
    try {
      outDir = (JSON.parse(await readFile(statePath(dir), 'utf8')) as { outDir?: unknown }).outDir;
    } catch {
      continue;
    }
    if (typeof outDir !== 'string' || existsSync(outDir)) continue;
    await rm(dir, { recursive: true, force: true });
    removed.push(dir);
  }
  return removed;
}

/** One post as the last build saw it. */
export interface CachedPost {
  stamp: FileStamp;
  /** The id it got. */
  id: string;
  /** What the worker returned, before any build-wide message was added. */
  status: FileStatus;
  messages: Message[];
  /** Null when skipped; `category` is recomputed on every build. */
  summary: ArticleSummary | null;
  categoryPath: string[];
  /** The category key written in its article file (after collision handling). */
  fileCategory: string | null;
  /** The image lookups it made. */
  assets: AssetLookup[];
}

/**
 * A post on disk, as a row (100,000 of them are read and written on every build, so no
 * repeated keys); its summary as `S`: an ArticleSummary in `state.json`, a StoredSummary in
 * the posts file. Only `toRow` and `fromRow` read or write one.
 */
type PostRow<S> = [
  stamp: FileStamp,
  id: string,
  status: FileStatus,
  messages: Message[],
  summary: S | null,
  categoryPath: string[],
  fileCategory: string | null,
  assets: AssetLookup[],
];

const toRow = <S>(post: CachedPost, summary: S | null): PostRow<S> => [
  post.stamp, post.id, post.status, post.messages, summary, post.categoryPath, post.fileCategory, post.assets,
];

const fromRow = ([stamp, id, status, messages, summary, categoryPath, fileCategory, assets]: PostRow<ArticleSummary>): CachedPost => ({
  stamp, id, status, messages, summary, categoryPath, fileCategory, assets,
});

export interface Manifest {
  version: number;
  fingerprint: string;
  outDir: string;
  /** By raw relative path. */
  posts: Record<string, CachedPost>;
  /** By NFC relative path: stamp of the copied image. */
  assets: Record<string, FileStamp>;
  /** Bundle path -> signature (list pages) or sha1 (other list/index files). */
  outputs: Record<string, string>;
}

export interface FingerprintInput {
  sourceTimeZone: string;
  archiveTimeZone: string;
  assetBase: string;
  siteTitle: string;
  /** The bundle steps: an incremental step may trust `changed` only if the previous build ran it too. */
  steps?: readonly { name: string }[];
}

let pipelineHash: string | null = null;

/** Hash of the pipeline's own source files (tests excluded) and the locked dependencies. */
export function pipelineVersion(): string {
  if (pipelineHash !== null) return pipelineHash;
  const hash = createHash('sha256');
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) {
        if (entry.name !== 'fixtures') walk(path);
      } else if (/\.(ts|mts|mjs|js)$/.test(entry.name) && !/\.test\.ts$/.test(entry.name)) {
        files.push(path);
      }
    }
  };
  walk(join(PROJECT_ROOT, 'src', 'content'));
  walk(join(PROJECT_ROOT, 'src', 'bundle'));
  files.sort();
  for (const file of files) hash.update(file.slice(PROJECT_ROOT.length)).update('\0').update(readFileSync(file)).update('\0');
  try {
    hash.update(readFileSync(join(PROJECT_ROOT, 'package-lock.json')));
  } catch {
    hash.update('no lock file');
  }
  pipelineHash = hash.digest('hex');
  return pipelineHash;
}

export function fingerprint(input: FingerprintInput): string {
  return createHash('sha256')
    .update(
      JSON.stringify([
        MANIFEST_VERSION,
        process.version,
        input.sourceTimeZone,
        input.archiveTimeZone,
        input.assetBase,
        input.siteTitle,
        pipelineVersion(),
        (input.steps ?? []).map((step) => step.name),
      ]),
    )
    .digest('hex');
}


/**
 * On disk the cache is three files, so that touching one post of 100,000 does not rewrite the
 * whole cache: `posts-<generation>.json` (every post's row, rewritten only when many rows
 * changed) with its `excerpts-<generation>.bin` (see StoredSummary), and `state.json`
 * (settings, outputs, images, and the rows that changed since the posts file was written).
 * `state.json` is what makes the cache valid: it is deleted before a build touches the bundle
 * folder and written last.
 */
const statePath = (cacheDir: string) => join(cacheDir, 'state.json');
const postsPath = (cacheDir: string, generation: string) => join(cacheDir, `posts-${generation}.json`);
const excerptsPath = (cacheDir: string, generation: string) => join(cacheDir, `excerpts-${generation}.bin`);

/**
 * A summary in the posts file: its fields by position, without the id (the row's) and with the
 * excerpt as [offset, length] of its UTF-8 bytes in `excerpts-<generation>.bin`. Excerpts are
 * half the cache's bytes and a rebuild needs few of them (only the list pages that changed are
 * assembled): left as bytes, they cost neither decoding nor parsing, and the posts file is
 * less than half as large.
 */
type StoredSummary = [
  title: string,
  date: string | null,
  day: string | null,
  category: string | null,
  author: string | null,
  thumb: string | null,
  excerptAt: number,
  excerptLength: number,
];
type StoredPost = PostRow<StoredSummary>;

/**
 * A summary read from the posts file: the excerpt is decoded when first read. `JSON.stringify`
 * gives the same bytes as for the summary the worker made (same fields, same order).
 */
class CachedSummary implements ArticleSummary {
  id: string;
  title: string;
  date: string | null;
  day: string | null;
  category: string | null;
  author: string | null;
  thumb: string | null;
  readonly #excerpts: Buffer;
  readonly #at: number;
  readonly #length: number;
  #excerpt: string | undefined;

  constructor(id: string, stored: StoredSummary, excerpts: Buffer) {
    this.id = id;
    [this.title, this.date, this.day, this.category, this.author, this.thumb] = stored;
    this.#at = stored[6];
    this.#length = stored[7];
    this.#excerpts = excerpts;
  }

  get excerpt(): string {
    return (this.#excerpt ??= this.#excerpts.toString('utf8', this.#at, this.#at + this.#length));
  }

  /** The excerpt's UTF-8 bytes, as stored (a new posts file copies them without decoding). */
  excerptBytes(): Buffer {
    return this.#excerpts.subarray(this.#at, this.#at + this.#length);
  }

  toJSON(): ArticleSummary {
    const { id, title, date, day, category, author, thumb, excerpt } = this;
    return { id, title, date, day, category, author, thumb, excerpt };
  }
}

interface State {
  version: number;
  fingerprint: string;
  outDir: string;
  generation: string;
  assets: Record<string, FileStamp>;
  outputs: Record<string, string>;
  /** Rows changed since the posts file was written; null: the post is gone. */
  delta: Record<string, PostRow<ArticleSummary> | null>;
}

/** A loaded cache: `base` as in the posts file, `delta` on top of it. */
export interface LoadedManifest extends Omit<Manifest, 'posts'> {
  generation: string;
  base: Record<string, CachedPost>;
  delta: Record<string, CachedPost | null>;
}

/** The cache folder a build reads and writes: none without one, or with the cache turned off. */
export function activeCacheDir(options: { cacheDir?: string; useCache?: boolean }): string | null {
  return options.cacheDir !== undefined && options.useCache !== false ? options.cacheDir : null;
}

/** Whether a cache was saved (it may still turn out unusable: see `loadManifest`). */
export function hasManifest(cacheDir: string): boolean {
  return existsSync(statePath(cacheDir));
}

/** The cached row of a post, or undefined. */
export function cachedPost(manifest: LoadedManifest, rawPath: string): CachedPost | undefined {
  if (Object.hasOwn(manifest.delta, rawPath)) return manifest.delta[rawPath] ?? undefined;
  return Object.hasOwn(manifest.base, rawPath) ? manifest.base[rawPath] : undefined;
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * The cache when it can be trusted for a build of `outDir` with `print`, else why not.
 * Checks the bundle folder too: its `index.json` must be the one the cached build wrote.
 */
export async function loadManifest(
  cacheDir: string,
  outDir: string,
  print: string,
): Promise<{ manifest: LoadedManifest; reason: null } | { manifest: null; reason: string }> {
  const fail = (reason: string) => ({ manifest: null, reason }) as const;
  const read = async (path: string): Promise<{ value: unknown } | { error: string }> => {
    let text: string;
    try {
      // One buffer decoded at once: reading with an encoding decodes chunk by chunk, slower for 40 MB.
      text = (await readFile(path)).toString('utf8');
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      return { error: code === 'ENOENT' ? 'missing' : `not readable (${code ?? String(error)})` };
    }
    try {
      return { value: JSON.parse(text) as unknown };
    } catch {
      return { error: 'corrupt (not JSON)' };
    }
  };
  const stateFile = await read(statePath(cacheDir));
  if ('error' in stateFile) return fail(stateFile.error === 'missing' ? 'no cache yet' : `cache is ${stateFile.error}`);
  const state = stateFile.value as State;
  if (
    !isRecord(state) || state.version !== MANIFEST_VERSION || typeof state.generation !== 'string' ||
    !isRecord(state.assets) || !isRecord(state.outputs) || !isRecord(state.delta)
  ) {
    return fail('cache is from another version or corrupt');
  }
  if (state.outDir !== resolve(outDir)) return fail('cache belongs to another bundle folder');
  if (state.fingerprint !== print) return fail('settings or pipeline code changed since the cached build');
  let index: Buffer;
  try {
    index = await readFile(join(outDir, 'index.json'));
  } catch {
    return fail('the bundle folder has no index.json');
  }
  if (sha1(index) !== state.outputs['index.json']) return fail('the bundle folder was changed since the cached build');
  let excerpts: Buffer;
  try {
    excerpts = await readFile(excerptsPath(cacheDir, state.generation));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return fail(`cache is ${code === 'ENOENT' ? 'missing' : `not readable (${code ?? String(error)})`} (excerpts)`);
  }
  const postsFile = await read(postsPath(cacheDir, state.generation));
  if ('error' in postsFile) return fail(`cache is ${postsFile.error} (posts)`);
  if (!isRecord(postsFile.value)) return fail('cache is corrupt (posts)');
  const rows = postsFile.value;
  const base: Record<string, CachedPost> = {};
  for (const path in rows) {
    const row = rows[path];
    if (!Array.isArray(row) || row.length !== 8) return fail('cache is corrupt (posts)');
    const stored = row[4] as StoredSummary | null;
    if (stored !== null && (!Array.isArray(stored) || stored.length !== 8 || stored[6] + stored[7] > excerpts.length)) return fail('cache is corrupt (posts)');
    const post = fromRow(row as PostRow<ArticleSummary>);
    if (stored !== null) post.summary = new CachedSummary(post.id, stored, excerpts);
    base[path] = post;
  }
  const delta: Record<string, CachedPost | null> = {};
  for (const [path, row] of Object.entries(state.delta)) {
    if (row !== null && (!Array.isArray(row) || row.length !== 8)) return fail('cache is corrupt (state)');
    delta[path] = row && fromRow(row);
  }
  const { generation, fingerprint, assets, outputs } = state;
  return {
    manifest: { version: MANIFEST_VERSION, fingerprint, outDir: state.outDir, generation, assets, outputs, delta, base },
    reason: null,
  };
}

/** Invalidates the cache: from now on the bundle folder may differ from what it says. */
export async function dropManifest(cacheDir: string): Promise<void> {
  await rm(statePath(cacheDir), { force: true });
}

/** The same post: equal stamps, the same values and the same objects (a result reused from the cache). */
const samePost = (a: CachedPost, b: CachedPost) =>
  sameStamp(a.stamp, b.stamp) && a.id === b.id && a.status === b.status && a.messages === b.messages &&
  a.summary === b.summary && a.categoryPath === b.categoryPath && a.fileCategory === b.fileCategory && a.assets === b.assets;

async function writeAtomically(path: string, text: string | Buffer): Promise<void> {
  const temp = `${path}.${process.pid}.tmp`;
  await writeFile(temp, text);
  await rename(temp, path);
}

/**
 * Saves what this build read and wrote. Rows equal (same objects) to the previous posts file's
 * go nowhere; the others go into `state.json`, until they are many: then a new posts file.
 */
export async function saveManifest(
  cacheDir: string,
  manifest: Omit<Manifest, 'version'>,
  previous: LoadedManifest | null,
): Promise<void> {
  await mkdir(cacheDir, { recursive: true });
  const { fingerprint, outDir, assets, outputs, posts } = manifest;
  const write = (generation: string, delta: State['delta']) =>
    writeAtomically(statePath(cacheDir), JSON.stringify({ version: MANIFEST_VERSION, fingerprint, outDir, generation, assets, outputs, delta } satisfies State));
  if (previous) {
    const delta: State['delta'] = {};
    let changed = 0;
    for (const [path, post] of Object.entries(posts)) {
      const before = Object.hasOwn(previous.base, path) ? previous.base[path] : undefined;
      if (!before || !samePost(before, post)) {
        delta[path] = toRow(post, post.summary);
        changed++;
      }
    }
    for (const path of Object.keys(previous.base)) {
      if (!Object.hasOwn(posts, path)) {
        delta[path] = null;
        changed++;
      }
    }
    if (changed <= Math.max(1000, Object.keys(posts).length / 10)) return write(previous.generation, delta);
  }
  // The caches of bundle folders that are gone go too (only among the default ones).
  if (dirname(resolve(cacheDir)) === CACHES_ROOT) await pruneCaches();
  const generation = `${Date.now().toString(36)}-${process.pid}`;
  const { rows, excerpts } = storedPosts(posts);
  await writeAtomically(excerptsPath(cacheDir, generation), excerpts);
  await writeAtomically(postsPath(cacheDir, generation), JSON.stringify(rows));
  await write(generation, {});
  const current = new Set([`posts-${generation}.json`, `excerpts-${generation}.bin`]);
  const old = (await readdir(cacheDir)).filter((name) => /^(posts-.*\.json|excerpts-.*\.bin)$/.test(name) && !current.has(name));
  await Promise.all(old.map((name) => rm(join(cacheDir, name), { force: true })));
}

/** The rows of a posts file and its excerpts file. */
function storedPosts(posts: Record<string, CachedPost>): { rows: Record<string, StoredPost>; excerpts: Buffer } {
  const rows: Record<string, StoredPost> = {};
  const parts: Buffer[] = [];
  let at = 0;
  for (const [path, post] of Object.entries(posts)) {
    const summary = post.summary;
    let stored: StoredSummary | null = null;
    if (summary) {
      const bytes = summary instanceof CachedSummary ? summary.excerptBytes() : Buffer.from(summary.excerpt);
      parts.push(bytes);
      stored = [summary.title, summary.date, summary.day, summary.category, summary.author, summary.thumb, at, bytes.length];
      at += bytes.length;
    }
    rows[path] = toRow(post, stored);
  }
  return { rows, excerpts: Buffer.concat(parts, at) };
}
