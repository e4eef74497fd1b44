/**
 * Old sites and bundles are moved aside, not deleted, before a build is timed, and deleted at
 * the end of the bench. A build is then always one from scratch into an empty folder (a bundle
 * left in place would let the pipeline's cache make it an incremental one), and no deletion
 * runs while a build is timed: the pipeline moves an old bundle away and deletes it once it
 * has exited (see clearOutDir), and on the development machine deleting 100,000 files keeps
 * the disk busy for 15-30 s (it is mounted with `discard`), which slowed a build running
 * beside it from ~40 s to ~60 s.
 */
import { existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { basename, join } from 'node:path';

export function createTrash(work: string) {
  const dir = join(work, '.trash');
  return {
    /** Moves `path` (when it exists) out of the way, into the trash folder. */
    discard(path: string): void {
      if (!existsSync(path)) return;
      mkdirSync(dir, { recursive: true });
      renameSync(path, join(dir, `${basename(path)}-${process.pid}-${Date.now()}`));
    },
    /** Deletes everything discarded (this run's and any left by an interrupted one). */
    empty(): void {
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
