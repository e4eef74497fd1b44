/**
 * The scan phase of a build: the archive's posts and images, the posts' ids, and for an
 * incremental build what it compares with the cache: each file's stamp and the article files
 * already in the bundle.
 *
 * An incremental build runs this in a worker thread (`scanInWorker`) while the main thread
 * reads and parses the cache: at 100,000 posts both take 2-3 s (the walk and 100,000 stats on
 * one side, 90 MB of JSON on the other), and they need nothing from each other.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { assignKeys, type KeyCollision } from './article-id.ts';
import { stampOf, type FileStamp } from './build-cache.ts';
import { scanArchive, type ArchiveScan } from './scan-archive.ts';

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

export async function runScanPhase(request: ScanRequest): Promise<ScanPhase> {
  const scan = await scanArchive(request.contentDir);
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

const WORKER_ENTRY = new URL('./scan-worker.mjs', import.meta.url);

/**
 * `runScanPhase` in a worker thread. A worker that cannot start or dies means the phase runs
 * here instead (and a problem with the archive folder then surfaces as it would have).
 */
export function scanInWorker(request: ScanRequest): Promise<ScanPhase> {
  return new Promise<ScanPhase>((resolve) => {
    let settled = false;
    const fallBack = () => {
      if (settled) return;
      settled = true;
      resolve(runScanPhase(request));
    };
    let worker: Worker;
    try {
      worker = new Worker(WORKER_ENTRY, { workerData: request });
    } catch {
      fallBack();
      return;
    }
    worker.once('message', (phase: ScanPhase) => {
      settled = true;
      resolve(phase);
      void worker.terminate();
    });
    worker.once('error', fallBack);
    worker.once('exit', fallBack);
  });
}
