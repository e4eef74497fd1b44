/** Stats that tell whether a file changed since it was read: what the incremental build compares. */
import { statSync } from 'node:fs';

/** File stats that say a file was not touched since it was read: size, mtime and ctime (ms), inode. */
export type FileStamp = [size: number, mtimeMs: number, ctimeMs: number, ino: number];

export function sameStamp(a: FileStamp | undefined, b: FileStamp | undefined): boolean {
  return a !== undefined && b !== undefined && a[0] === b[0] && a[1] === b[1] && a[2] === b[2] && a[3] === b[3];
}

/** Whether the file was modified or its inode changed at or after `ms` (epoch milliseconds). */
export function changedSince([, mtimeMs, ctimeMs]: FileStamp, ms: number): boolean {
  return mtimeMs >= ms || ctimeMs >= ms;
}

/** The stamp of a file (following links), or null when it cannot be read. */
export function stampOf(path: string): FileStamp | null {
  const s = statSync(path, { throwIfNoEntry: false });
  return s ? [s.size, s.mtimeMs, s.ctimeMs, s.ino] : null;
}
