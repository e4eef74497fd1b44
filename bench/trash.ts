/**
 * Old sites and bundles are moved aside, not deleted, before a build is timed, and deleted at
 * the end of the bench. A build is then always one from scratch into an empty folder (a bundle
 * left in place would let the pipeline's cache make it an incremental one), and no deletion
 * runs while a build is timed: the pipeline moves an old bundle away and deletes it once it
 * has exited (see clearOutDir), and on the development machine deleting 100,000 files keeps
 * the disk busy for 15-30 s (it is mounted with `discard`), which slowed a build running
 * beside it from ~40 s to ~60 s.
 *
 * Deleting also slows what comes minutes later. The development machine's disk is ext4 without
 * a journal, and there the kernel does not reuse an inode freed less than 60 s ago (360 s while
 * its inode table block is still dirty): each new file skips past them, one buffer lookup each
 * (`recently_deleted` in fs/ext4/ialloc.c: 19% of a build's CPU samples in `perf` right after
 * a deletion of 400,000 files, 11% four minutes after). A 100,000-post build started just
 * after a run had emptied its trash took 45 s; the next two, minutes later, 35 and 29 s; with
 * no deletion in the minutes before, 23 s. So `empty()` leaves a mark, and `settle()` at the
 * start of the next run waits until those minutes have passed.
 */
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';

/** How long after a mass deletion the file system creates files at its usual speed. */
export const SETTLE_MS = 360_000;

export function createTrash(work: string) {
  const dir = join(work, '.trash');
  const mark = join(work, '.trash-emptied');
  return {
    /** Moves `path` (when it exists) out of the way, into the trash folder. */
    discard(path: string): void {
      if (!existsSync(path)) return;
      mkdirSync(dir, { recursive: true });
      renameSync(path, join(dir, `${basename(path)}-${process.pid}-${Date.now()}`));
    },
    /**
     * Deletes everything discarded (this run's and any left by an interrupted one), and `also`
     * (archives not kept), and marks the time for `settle()`.
     */
    empty(also: string[] = []): void {
      const doomed = [dir, ...also].filter((path) => existsSync(path));
      if (doomed.length === 0) return;
      for (const path of doomed) rmSync(path, { recursive: true, force: true });
      mkdirSync(work, { recursive: true });
      writeFileSync(mark, String(Date.now()));
    },
    /**
     * Waits until SETTLE_MS have passed since a run last emptied the trash (in this work
     * folder), saying so: builds timed sooner would measure the deletion, not the pipeline.
     */
    async settle(): Promise<void> {
      if (!existsSync(mark)) return;
      const wait = Number(readFileSync(mark, 'utf8')) + SETTLE_MS - Date.now();
      if (!(wait > 0)) return;
      process.stderr.write(`bench: waiting ${Math.ceil(wait / 1000)} s: the last bench run deleted its files `
        + `${Math.round((SETTLE_MS - wait) / 1000)} s ago, and files created within ${SETTLE_MS / 60_000} minutes `
        + `of a mass deletion cost more on some file systems (bench/trash.ts; --no-settle skips this)\n`);
      await new Promise((resolve) => setTimeout(resolve, wait));
    },
  };
}
