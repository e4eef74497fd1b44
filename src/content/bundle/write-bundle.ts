/**
 * Writing the bundle folder: clearing it safely first, then writing files with a bounded
 * number of writes in flight (so 100,000 files neither run out of descriptors nor serialize
 * on one write at a time).
 */
import { spawn } from 'node:child_process';
import { copyFile, mkdir, readdir, rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join, parse, relative, resolve, isAbsolute } from 'node:path';

/** Whether `inner` is `outer` or lies below it. */
function isWithin(inner: string, outer: string): boolean {
  const rel = relative(outer, inner);
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
}

/**
 * Empties (or creates) the bundle folder. Refuses folders whose removal would destroy the
 * archive or the project: the file-system root, the content folder or one containing it,
 * and the working directory or one containing it.
 *
 * Deleting 100,000 files takes long on a slow disk, so the old folder is renamed aside at once.
 * With a `trash` folder (the build cache's, outside anything deployed) it goes there and a
 * detached process deletes it, once the process `afterExitOf` has exited when given: deleting
 * competes with the build for the disk, and nothing waits for it. Without one, or when the rename fails (another file
 * system), it is renamed beside the bundle and deleted while the build runs; await `removed`
 * before exiting.
 */
export async function clearOutDir(
  outDir: string,
  protect: { contentDir: string; cwd: string },
  trash?: { dir: string; afterExitOf?: number },
): Promise<{ removed: Promise<void> }> {
  const out = resolve(outDir);
  const reasons: [string, boolean][] = [
    ['it is the file-system root', parse(out).root === out],
    ['it contains the content folder', isWithin(resolve(protect.contentDir), out)],
    ['it contains the working directory', isWithin(resolve(protect.cwd), out)],
  ];
  const reason = reasons.find(([, applies]) => applies);
  if (reason) throw new Error(`refusing to clear output folder ${out}: ${reason[0]}`);
  if (trash !== undefined) {
    const detached = await clearIntoTrash(out, resolve(trash.dir), trash.afterExitOf);
    if (detached) return { removed: Promise.resolve() };
  }
  // Folders left by a build that was killed before its background removal finished.
  const leftovers = await leftoversBeside(out);
  const beside = join(dirname(out), `.${basename(out)}.old-${process.pid}`);
  let moved = false;
  try {
    await rename(out, beside);
    moved = true;
  } catch {
    // Missing folder (nothing to clear) or one that cannot be moved: remove it in place.
    await rm(out, { recursive: true, force: true });
  }
  await mkdir(out, { recursive: true });
  const doomed = [...leftovers, ...(moved ? [beside] : [])];
  // A folder that cannot be deleted now is left for the next build's leftover sweep.
  const removed = Promise.all(doomed.map((dir) => rm(dir, { recursive: true, force: true }))).then(
    () => undefined,
    () => undefined,
  );
  return { removed };
}

/**
 * Moves `out` into `trashDir` and starts a detached process deleting everything there (older
 * leftovers too). False when `out` exists but cannot be moved there; nothing is then changed.
 */
async function clearIntoTrash(out: string, trashDir: string, afterExitOf?: number): Promise<boolean> {
  try {
    await mkdir(trashDir, { recursive: true });
    await rename(out, join(trashDir, `${basename(out)}-${process.pid}-${Date.now()}`));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') return false;
  }
  await mkdir(out, { recursive: true });
  const doomed = [
    ...(await readdir(trashDir).catch(() => [] as string[])).map((name) => join(trashDir, name)),
    // Left beside the bundle by a build that cleared it the other way and was killed.
    ...(await leftoversBeside(out)),
  ];
  if (doomed.length > 0) removeDetached(doomed, afterExitOf);
  return true;
}

async function leftoversBeside(out: string): Promise<string[]> {
  const prefix = `.${basename(out)}.old-`;
  const names = await readdir(dirname(out)).catch(() => [] as string[]);
  return names.filter((name) => name.startsWith(prefix)).map((name) => join(dirname(out), name));
}

/**
 * Deletes the folders in a process of its own that outlives this one: at once, or once the
 * process `afterExitOf` has exited (at most 5 minutes later: a dev server runs for hours).
 */
export function removeDetached(dirs: readonly string[], afterExitOf?: number): void {
  const script = `
    const [pid, ...dirs] = process.argv.slice(1);
    const until = Date.now() + 300000;
    const alive = () => { try { process.kill(Number(pid), 0); return true; } catch { return false; } };
    const remove = () => { for (const dir of dirs) require('fs').rmSync(dir, { recursive: true, force: true, maxRetries: 3 }); };
    (function wait() { if (Number(pid) > 0 && alive() && Date.now() < until) setTimeout(wait, 200); else remove(); })();`;
  try {
    spawn(process.execPath, ['-e', script, String(afterExitOf ?? 0), ...dirs], { detached: true, stdio: 'ignore' }).unref();
  } catch {
    // Left for the next build's sweep of the trash folder.
  }
}

export interface BundleWriter {
  /** Queues a write; resolves once it has a slot (await it to respect the bound). */
  write(relPath: string, data: string | Uint8Array): Promise<void>;
  /** Queues a copy; a failure goes to `onError` when given, else it fails `flush()`. */
  copy(source: string, relPath: string, onError?: (error: unknown) => void): Promise<void>;
  /** Waits for every queued write; rejects with the first failure. */
  flush(): Promise<void>;
}

export function createBundleWriter(outDir: string, concurrency = 32): BundleWriter {
  const folders = new Map<string, Promise<unknown>>();
  const active = new Set<Promise<void>>();
  let failure: Error | null = null;

  function ensureFolder(dir: string): Promise<unknown> {
    let made = folders.get(dir);
    if (!made) {
      made = mkdir(dir, { recursive: true });
      folders.set(dir, made);
    }
    return made;
  }

  async function enqueue(
    relPath: string,
    run: (target: string) => Promise<void>,
    onError?: (error: unknown) => void,
  ): Promise<void> {
    while (active.size >= concurrency) await Promise.race(active);
    const target = join(outDir, relPath);
    const job: Promise<void> = ensureFolder(dirname(target))
      .then(() => run(target))
      .catch((error: unknown) => {
        if (onError) onError(error);
        // File-system calls reject with Errors; anything else is wrapped to be thrown.
        else failure ??= error instanceof Error ? error : new Error(String(error), { cause: error });
      })
      .finally(() => active.delete(job));
    active.add(job);
  }

  return {
    write: (relPath, data) => enqueue(relPath, (target) => writeFile(target, data)),
    copy: (source, relPath, onError) => enqueue(relPath, (target) => copyFile(source, target), onError),
    async flush() {
      await Promise.all(active);
      if (failure) throw failure;
    },
  };
}
