/**
 * Writing the bundle folder: clearing it safely first, then writing files with a bounded
 * number of writes in flight (so 100,000 files neither run out of descriptors nor serialize
 * on one write at a time).
 */
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
 * Deleting 100,000 files takes long on a slow disk, so the old folder is renamed aside and
 * deleted in the background while the build runs; await `removed` before exiting.
 */
export async function clearOutDir(
  outDir: string,
  protect: { contentDir: string; cwd: string },
): Promise<{ removed: Promise<void> }> {
  const out = resolve(outDir);
  const reasons: [string, boolean][] = [
    ['it is the file-system root', parse(out).root === out],
    ['it contains the content folder', isWithin(resolve(protect.contentDir), out)],
    ['it contains the working directory', isWithin(resolve(protect.cwd), out)],
  ];
  const reason = reasons.find(([, applies]) => applies);
  if (reason) throw new Error(`refusing to clear output folder ${out}: ${reason[0]}`);
  const parent = dirname(out);
  const trashPrefix = `.${basename(out)}.old-`;
  // Folders left by a build that was killed before its background removal finished.
  const leftovers = (await readdir(parent).catch(() => [] as string[])).filter((name) => name.startsWith(trashPrefix));
  const trash = join(parent, `${trashPrefix}${process.pid}`);
  let moved = false;
  try {
    await rename(out, trash);
    moved = true;
  } catch {
    // Missing folder (nothing to clear) or one that cannot be moved: remove it in place.
    await rm(out, { recursive: true, force: true });
  }
  await mkdir(out, { recursive: true });
  const doomed = [...leftovers.map((name) => join(parent, name)), ...(moved ? [trash] : [])];
  // A folder that cannot be deleted now is left for the next build's leftover sweep.
  const removed = Promise.all(doomed.map((dir) => rm(dir, { recursive: true, force: true }))).then(
    () => undefined,
    () => undefined,
  );
  return { removed };
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
  let failure: unknown = null;

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
        else failure ??= error;
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
