/**
 * The images of the archive, copied into `assets/`. With the previous build's stamps, an image
 * whose file did not change and whose copy is still there is left as it is.
 */
import { access } from 'node:fs/promises';
import { join } from 'node:path';
import type { ReportEntry } from '../../bundle/schema.ts';
import type { BundleWriter } from '../bundle/write-bundle.ts';
import { skippedEntry } from '../report/build-report.ts';
import { message } from '../report/codes.ts';
import type { ScannedFile } from '../scan/scan-archive.ts';
import { sameStamp, type FileStamp } from '../util/file-stamp.ts';
import { describeError } from '../util/os-error.ts';
import { removeAll } from '../util/remove-all.ts';

export interface AssetCopy {
  outDir: string;
  /** Stamps of the images the previous build copied, by NFC path; null in a full build. */
  previous: Record<string, FileStamp> | null;
  /** Per image of the scan, its stamp now (null or absent: unknown). */
  stamps: readonly (FileStamp | null)[];
}

export interface CopiedAssets {
  /** Settles when every image is copied or reported. */
  done: Promise<void>;
  /** Images not copied. */
  problems: ReportEntry[];
  /** Stamps of the images in the bundle, by NFC path (complete once `done` settles). */
  copied: Record<string, FileStamp>;
}

/** Starts copying; the build goes on meanwhile and awaits `done` before it finishes. */
export function copyAssets(assets: readonly ScannedFile[], writer: BundleWriter, cache: AssetCopy): CopiedAssets {
  const problems: ReportEntry[] = [];
  const copied: Record<string, FileStamp> = {};
  const seen = new Set<string>();
  const done = (async () => {
    for (const [i, asset] of assets.entries()) {
      if (seen.has(asset.path)) {
        problems.push(skippedEntry(asset.path, message('image-not-copied', null)));
        continue;
      }
      seen.add(asset.path);
      const stamp = cache.stamps[i] ?? undefined;
      const target = `assets/${asset.path}`;
      const before = cache.previous && Object.hasOwn(cache.previous, asset.path) ? cache.previous[asset.path] : undefined;
      if (stamp && sameStamp(before, stamp) && (await access(join(cache.outDir, target)).then(() => true, () => false))) {
        copied[asset.path] = stamp;
        continue;
      }
      let failed = false;
      await writer.copy(asset.absPath, target, (error) => {
        failed = true;
        delete copied[asset.path];
        problems.push(skippedEntry(asset.path, message('image-not-copied', describeError(error, asset.absPath, asset.path))));
      });
      if (stamp && !failed) copied[asset.path] = stamp;
    }
  })();
  return { done, problems, copied };
}

/** Deletes the copies of images the previous build copied and this one did not. */
export async function removeOldAssets(outDir: string, previous: Record<string, FileStamp>, copied: Record<string, FileStamp>): Promise<void> {
  await removeAll(Object.keys(previous).filter((path) => !Object.hasOwn(copied, path)).map((path) => join(outDir, 'assets', path)));
}
