/**
 * Saves what this build read and wrote (see build-cache.ts), once the bundle is complete. A
 * post's row is what the worker returned, before the build-wide messages were added.
 */
import type { FileStatus } from '../../bundle/schema.ts';
import type { ItemResult } from '../process/batch.ts';
import { isTransient, type Message } from '../report/codes.ts';
import type { ScannedFile } from '../scan/scan-archive.ts';
import { changedSince, type FileStamp } from '../util/file-stamp.ts';
import { saveManifest, type CachedPost, type LoadedManifest } from './build-cache.ts';

/** A post's status and messages as processing gave them (the report's may have more). */
export interface RawOutcome {
  status: FileStatus;
  messages: Message[];
}

export interface CacheSave {
  cacheDir: string;
  fingerprint: string;
  outDir: string;
  previous: LoadedManifest | null;
  /** Files changed at or after this instant (epoch ms) are not kept: a change in the same clock tick as the read could go unseen. */
  since: number;
  posts: readonly ScannedFile[];
  ids: readonly string[];
  postStamps: readonly (FileStamp | null | undefined)[];
  results: readonly ItemResult[];
  raw: readonly RawOutcome[];
  fileCategory: readonly (string | null)[];
  /** Stamps of the copied images; recent ones are dropped. */
  assets: Record<string, FileStamp>;
  outputs: Record<string, string>;
}

/** Saves the cache; a note (one line) when it could not be saved, else null. */
export async function saveCache(save: CacheSave): Promise<string | null> {
  const posts: Record<string, CachedPost> = {};
  save.posts.forEach((post, index) => {
    const stamp = save.postStamps[index];
    const { status, messages } = save.raw[index];
    if (!stamp || changedSince(stamp, save.since) || (status === 'skipped' && messages.length > 0 && isTransient(messages[0].code))) return;
    const { summary, categoryPath, assets } = save.results[index];
    posts[post.rawPath] = { stamp, id: save.ids[index], status, messages, summary, categoryPath, fileCategory: save.fileCategory[index], assets };
  });
  for (const [path, stamp] of Object.entries(save.assets)) if (changedSince(stamp, save.since)) delete save.assets[path];
  // The bundle is written: a cache that cannot be saved only makes the next build a full one.
  return saveManifest(save.cacheDir, {
    fingerprint: save.fingerprint, outDir: save.outDir, posts, assets: save.assets, outputs: save.outputs,
  }, save.previous).then(
    () => null,
    (error: unknown) => `cache not saved: ${error instanceof Error ? error.message : String(error)}`,
  );
}
