/**
 * The scan phase of a build: the archive's posts and images, the posts' ids, and for an
 * incremental build what it compares with the cache: each file's stamp and the article files
 * already in the bundle.
 *
 * An incremental build runs this in a worker thread (`scanInWorker`, scan-in-worker.ts) while the main thread
 * reads and parses the cache: at 100,000 posts both take 2-3 s (the walk and 100,000 stats on
 * one side, 90 MB of JSON on the other), and they need nothing from each other.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { assignKeys, type KeyCollision } from '../bundle/article-id.ts';
import { stampOf, type FileStamp } from '../util/file-stamp.ts';
import { scanArchive, type ArchiveScan, type ScannedFile } from './scan-archive.ts';

export interface ScanRequest {
  contentDir: string;
  outDir: string;
  /** Take the posts' stamps and list the bundle's article files (a cache is expected). */
  incremental: boolean;
  /** Take the images' stamps. */
  assetStamps: boolean;
  /**
   * Set (to 1, element 0) by whoever asked once the cache turned out unusable: the posts'
   * stamps and the bundle's article files are then not needed, and are not taken.
   */
  fullBuild?: Int32Array;
}

export interface ScanPhase {
  scan: ArchiveScan;
  /** Per post, its id; `collisions` lists the posts whose ids had to be lengthened. */
  ids: string[];
  collisions: KeyCollision[];
  /** Per post, its stamp (null: not readable); null when not asked for. */
  postStamps: (FileStamp | null)[] | null;
  /** Per image, its stamp; null when not asked for. */
  assetStamps: (FileStamp | null)[] | null;
  /** Ids of the article files in the bundle folder; null when not asked for. */
  articleFiles: string[] | null;
  /** `Date.now()` before the first stamp was taken. */
  stampedAt: number;
}

/**
 * The scan phase on this thread. Synchronous work, settled as a promise (like `scanInWorker`):
 * what the scan throws, e.g. a missing archive folder, rejects it.
 */
export function runScanPhase(request: ScanRequest): Promise<ScanPhase> {
  return new Promise((resolve) => resolve(scanPhase(request)));
}

function scanPhase(request: ScanRequest): ScanPhase {
  const scan = scanArchive(request.contentDir);
  const { keys: ids, collisions } = assignKeys(scan.posts.map((post) => post.path));
  const stampedAt = Date.now();
  const incremental = request.incremental && (request.fullBuild === undefined || Atomics.load(request.fullBuild, 0) === 0);
  // Synchronous stats: for 100,000 files several times faster than promises.
  const stamp = (file: { absPath: string }) => stampOf(file.absPath);
  return {
    scan,
    ids,
    collisions,
    postStamps: incremental ? scan.posts.map(stamp) : null,
    assetStamps: request.assetStamps ? scan.assets.map(stamp) : null,
    articleFiles: incremental ? listArticleFiles(request.outDir) : null,
    stampedAt,
  };
}

/** Ids of the article files (`articles/<xx>/<id>.json`) in a bundle folder. */
export function listArticleFiles(outDir: string): string[] {
  const ids: string[] = [];
  const list = (dir: string) => {
    try {
      return readdirSync(dir);
    } catch {
      return [];
    }
  };
  for (const dir of list(join(outDir, 'articles'))) {
    for (const name of list(join(outDir, 'articles', dir))) {
      if (name.endsWith('.json') && name.startsWith(dir)) ids.push(name.slice(0, -'.json'.length));
    }
  }
  return ids;
}

/**
 * A scan phase as the worker posts it: the 100,000 paths, ids and article files as one string
 * each (NUL cannot be in a file name) and the stamps in one transferred buffer: cloning
 * 100,000 objects would be on the path of every rebuild.
 */
export interface PackedScanPhase {
  posts: PackedFiles;
  assets: PackedFiles;
  problems: ArchiveScan['problems'];
  ids: string;
  collisions: KeyCollision[];
  /** Four numbers per file ([size, mtime, ctime, inode]); NaN for a file without a stamp. */
  postStamps: Float64Array | null;
  assetStamps: Float64Array | null;
  articleFiles: string | null;
  stampedAt: number;
}

interface PackedFiles {
  rawPaths: string;
  /** [index, path] of the files whose NFC path differs from their raw path. */
  renamed: [number, string][];
}

const SEPARATOR = '\0';
const joined = (values: readonly string[]) => values.join(SEPARATOR);
const split = (text: string) => (text === '' ? [] : text.split(SEPARATOR));

function packFiles(files: readonly ScannedFile[]): PackedFiles {
  const renamed: [number, string][] = [];
  files.forEach((file, i) => {
    if (file.path !== file.rawPath) renamed.push([i, file.path]);
  });
  return { rawPaths: joined(files.map((file) => file.rawPath)), renamed };
}

/**
 * Paths under `root` as the scan spells them: `absPath` is `join(root, rawPath)`, built by
 * concatenation (a raw path has no `.`, `..` or empty segments to normalize, so `join`'s
 * work for every file would be wasted).
 */
function unpackFiles(packed: PackedFiles, root: string): ScannedFile[] {
  const prefix = join(root, 'x').slice(0, -1);
  const files = split(packed.rawPaths).map((rawPath) => ({ path: rawPath, rawPath, absPath: prefix + rawPath }));
  for (const [i, path] of packed.renamed) files[i].path = path;
  return files;
}

function packStamps(stamps: readonly (FileStamp | null)[] | null): Float64Array | null {
  if (!stamps) return null;
  const packed = new Float64Array(stamps.length * 4).fill(Number.NaN);
  stamps.forEach((stamp, i) => {
    if (stamp) packed.set(stamp, i * 4);
  });
  return packed;
}

function unpackStamps(packed: Float64Array | null): (FileStamp | null)[] | null {
  if (!packed) return null;
  const stamps = new Array<FileStamp | null>(packed.length / 4);
  for (let i = 0; i < stamps.length; i++) {
    const at = i * 4;
    stamps[i] = Number.isNaN(packed[at]) ? null : [packed[at], packed[at + 1], packed[at + 2], packed[at + 3]];
  }
  return stamps;
}

/** The phase to post, and the buffers to transfer with it. */
export function packScanPhase(phase: ScanPhase): { packed: PackedScanPhase; transfer: ArrayBuffer[] } {
  const packed: PackedScanPhase = {
    posts: packFiles(phase.scan.posts),
    assets: packFiles(phase.scan.assets),
    problems: phase.scan.problems,
    ids: joined(phase.ids),
    collisions: phase.collisions,
    postStamps: packStamps(phase.postStamps),
    assetStamps: packStamps(phase.assetStamps),
    articleFiles: phase.articleFiles && joined(phase.articleFiles),
    stampedAt: phase.stampedAt,
  };
  const transfer = [packed.postStamps, packed.assetStamps].flatMap((stamps) => (stamps ? [stamps.buffer as ArrayBuffer] : []));
  return { packed, transfer };
}

export function unpackScanPhase(packed: PackedScanPhase, contentDir: string): ScanPhase {
  return {
    scan: { posts: unpackFiles(packed.posts, contentDir), assets: unpackFiles(packed.assets, contentDir), problems: packed.problems },
    ids: split(packed.ids),
    collisions: packed.collisions,
    postStamps: unpackStamps(packed.postStamps),
    assetStamps: unpackStamps(packed.assetStamps),
    articleFiles: packed.articleFiles === null ? null : split(packed.articleFiles),
    stampedAt: packed.stampedAt,
  };
}
