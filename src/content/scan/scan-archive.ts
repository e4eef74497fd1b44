/**
 * Finds the posts (`*.md`) and images of an archive folder. Follows symbolic links, refuses
 * the ones that lead back into their own ancestors, and turns every unreadable entry into a
 * problem instead of an exception. Paths come out relative, with forward slashes, in NFC, and
 * sorted by code points, so nothing downstream depends on the file system's order.
 */
import { message, type Message } from '../report/codes.ts';
import { readdirSync, realpathSync, statSync, type Dirent } from 'node:fs';
import { join } from 'node:path';
import { compareCodePoints } from '../bundle/code-point-order.ts';
import { describeError } from '../util/os-error.ts';

/** Image types copied into the bundle. SVG is left out: opened directly it can run script. */
export const ASSET_EXTENSIONS = ['.png', '.jpg', '.jpeg', '.gif', '.webp', '.avif'];

export interface ScannedFile {
  /** Relative path, forward slashes, NFC. Twins that differ only in normalization share it. */
  path: string;
  /** Relative path exactly as the file system spells it. */
  rawPath: string;
  absPath: string;
}

interface ScanProblem {
  /** Relative path (NFC) of the entry that could not be read or followed. */
  path: string;
  message: Message;
}

export interface ArchiveScan {
  posts: ScannedFile[];
  assets: ScannedFile[];
  problems: ScanProblem[];
}

type EntryKind = 'post' | 'asset' | null;

function kindOf(name: string): EntryKind {
  const lower = name.toLowerCase();
  if (lower.endsWith('.md')) return 'post';
  return ASSET_EXTENSIONS.some((ext) => lower.endsWith(ext)) ? 'asset' : null;
}

/** What a directory entry that is neither a file, a folder nor a link is, or null. */
function specialKind(entry: { isFIFO(): boolean; isSocket(): boolean; isCharacterDevice(): boolean; isBlockDevice(): boolean }): string | null {
  if (entry.isFIFO()) return 'named pipe';
  if (entry.isSocket()) return 'socket';
  if (entry.isCharacterDevice() || entry.isBlockDevice()) return 'device';
  return null;
}

/**
 * Synchronous file-system calls: 100,000 posts are walked ~20% faster than with promises, and
 * an incremental build runs this in a worker thread of its own (scan-phase.ts).
 */
export function scanArchive(root: string): ArchiveScan {
  const posts: ScannedFile[] = [];
  const assets: ScannedFile[] = [];
  const problems: ScanProblem[] = [];
  const problem = (rawPath: string, why: Message) => problems.push({ path: rawPath.normalize('NFC'), message: why });

  // `ancestors` holds the real paths of the directories from the root down to `dir`: a
  // directory whose real path is among them would be walked forever.
  function walk(dir: string, realDir: string, rel: string, ancestors: Set<string>): void {
    let entries: Dirent[];
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch (error) {
      problem(rel, message('folder-unreadable', describeError(error, dir, rel)));
      return;
    }
    entries.sort((a, b) => compareCodePoints(a.name, b.name));
    for (const entry of entries) {
      const abs = join(dir, entry.name);
      const relPath = rel === '' ? entry.name : `${rel}/${entry.name}`;
      let isDir = entry.isDirectory();
      let isFile = entry.isFile();
      let special = specialKind(entry);
      let realEntry = join(realDir, entry.name);
      if (entry.isSymbolicLink()) {
        try {
          const target = statSync(abs);
          isDir = target.isDirectory();
          isFile = target.isFile();
          special = specialKind(target);
          if (isDir) realEntry = realpathSync(abs);
        } catch (error) {
          // A dangling link matters only where it would have been content.
          if (kindOf(entry.name)) problem(relPath, message('link-not-followed', describeError(error, abs, relPath)));
          continue;
        }
      }
      if (isDir) {
        if (ancestors.has(realEntry)) {
          problem(relPath, message('link-not-followed', null));
          continue;
        }
        ancestors.add(realEntry);
        walk(abs, realEntry, relPath, ancestors);
        ancestors.delete(realEntry);
      } else if (special !== null) {
        // Reading a FIFO would block the build forever; a device could be endless.
        if (kindOf(entry.name)) problem(relPath, message('not-a-file', special));
      } else if (isFile) {
        const kind = kindOf(entry.name);
        if (kind === null) continue;
        const file = { path: relPath.normalize('NFC'), rawPath: relPath, absPath: abs };
        (kind === 'post' ? posts : assets).push(file);
      }
    }
  }

  const realRoot = realpathSync(root);
  walk(root, realRoot, '', new Set([realRoot]));

  const byPath = (a: ScannedFile, b: ScannedFile) =>
    compareCodePoints(a.path, b.path) || compareCodePoints(a.rawPath, b.rawPath);
  posts.sort(byPath);
  assets.sort(byPath);
  problems.sort((a, b) => compareCodePoints(a.path, b.path) || compareCodePoints(a.message.text, b.message.text));
  return { posts, assets, problems };
}
