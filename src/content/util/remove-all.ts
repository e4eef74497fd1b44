import { rm } from 'node:fs/promises';

/** Deletes files and folders (missing ones are fine), a few at a time. */
export async function removeAll(paths: readonly string[]): Promise<void> {
  for (let i = 0; i < paths.length; i += 64) {
    await Promise.all(paths.slice(i, i + 64).map((path) => rm(path, { force: true, recursive: true })));
  }
}
