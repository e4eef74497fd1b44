/**
 * The export file: the library of one archive as JSON, and the checks an import makes before
 * it changes anything. A file that is not JSON, not ours, from another archive, from a newer
 * version or malformed anywhere is refused whole, with the reason.
 */
import { checkLibrary, isObject, Malformed, type ArchiveIdentity } from './library-check.ts';
import type { LibraryState } from './library-state.ts';

const LIBRARY_FILE_FORMAT = 'news-archive-reader/library';
const LIBRARY_FILE_VERSION = 1;

interface LibraryFile {
  format: typeof LIBRARY_FILE_FORMAT;
  version: typeof LIBRARY_FILE_VERSION;
  archive: ArchiveIdentity;
  exportedAt: string;
  library: LibraryState;
}

export type ImportProblem =
  | { kind: 'not-json' }
  | { kind: 'not-library' }
  | { kind: 'newer-version'; version: number }
  | { kind: 'other-archive'; title: string }
  | { kind: 'malformed'; where: string };

type ImportResult = { ok: true; library: LibraryState } | { ok: false; problem: ImportProblem };

export function libraryFile(library: LibraryState, archive: ArchiveIdentity, now: Date): LibraryFile {
  return { format: LIBRARY_FILE_FORMAT, version: LIBRARY_FILE_VERSION, archive, exportedAt: now.toISOString(), library };
}

/** `reader-library-新闻存档-2026-11-29.json`: characters file systems refuse become `-`. */
export function libraryFileName(title: string, now: Date): string {
  const safe = title.replace(/[\\/:*?"<>|\s\p{Cc}]+/gu, '-').replace(/^-+|-+$/g, '') || 'archive';
  return `reader-library-${safe}-${now.toISOString().slice(0, 10)}.json`;
}

/** Reads an export file's text for the archive `archive`; nothing is changed here. */
export function readLibraryFile(text: string, archive: ArchiveIdentity): ImportResult {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ok: false, problem: { kind: 'not-json' } };
  }
  if (!isObject(json) || json.format !== LIBRARY_FILE_FORMAT) return { ok: false, problem: { kind: 'not-library' } };
  if (typeof json.version !== 'number') return { ok: false, problem: { kind: 'malformed', where: 'version' } };
  if (json.version > LIBRARY_FILE_VERSION) return { ok: false, problem: { kind: 'newer-version', version: json.version } };
  const title = isObject(json.archive) && typeof json.archive.title === 'string' ? json.archive.title : null;
  if (title === null) return { ok: false, problem: { kind: 'malformed', where: 'archive.title' } };
  if (title !== archive.title) return { ok: false, problem: { kind: 'other-archive', title } };
  try {
    return { ok: true, library: checkLibrary(json.library, 'library') };
  } catch (error) {
    if (error instanceof Malformed) return { ok: false, problem: { kind: 'malformed', where: error.message } };
    throw error;
  }
}
