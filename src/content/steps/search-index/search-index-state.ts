/**
 * What the search step remembers between builds, so that an incremental build can update the
 * index instead of rebuilding it: the order of the `all` list the index was built for, the
 * articles it could not index, its shard and posting counts, and the stamps of the files it
 * wrote. Kept in the build cache folder (`search-index.json`), never in the bundle.
 *
 * It is trusted only when everything matches: same state version, same pipeline and tokenizer
 * code (src/content, src/bundle, src/search, the locked dependencies), same bundle folder, and
 * index files on disk with the stamps the step recorded. Deleted before the step writes
 * anything, written back when the index is complete.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, rmSync, statSync, writeFileSync, mkdirSync, renameSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { searchDocsPath, searchMetaPath, searchShardPath, SEARCH_VERSION } from '../../../search/index-format.ts';
import { pipelineVersion } from '../../build/build-cache.ts';
import { PROJECT_ROOT } from '../../util/project-root.ts';

const STATE_VERSION = 1;

/** size, mtime (ms), inode */
export type Stamp = [number, number, number];

export interface SearchIndexState {
  version: number;
  fingerprint: string;
  outDir: string;
  shards: number;
  postings: number;
  /** Ids of the `all` list the index was built for, by ordinal. */
  ids: string[];
  /** Ids of articles whose file could not be read (not in the index). */
  failed: string[];
  /** Stamps of meta.json, docs.json, then shards 0 … shards - 1. */
  stamps: Stamp[];
}

const statePath = (cacheDir: string) => join(cacheDir, 'search-index.json');

let fingerprintMemo: string | null = null;

/** The pipeline's version plus the shared search code (tokenizer, format), which the build cache does not hash. */
function searchFingerprint(): string {
  if (fingerprintMemo !== null) return fingerprintMemo;
  const hash = createHash('sha256').update(`${STATE_VERSION}:${SEARCH_VERSION}:${pipelineVersion()}`);
  const dir = join(PROJECT_ROOT, 'src', 'search');
  for (const name of readdirSync(dir).sort()) {
    if (/\.ts$/.test(name) && !/\.test\.ts$/.test(name)) hash.update(name).update('\0').update(readFileSync(join(dir, name))).update('\0');
  }
  fingerprintMemo = hash.digest('hex');
  return fingerprintMemo;
}

export const indexFiles = (shards: number) => [
  searchMetaPath(),
  searchDocsPath(),
  ...Array.from({ length: shards }, (_, n) => searchShardPath(n)),
];

export function stampOf(path: string): Stamp | null {
  const s = statSync(path, { throwIfNoEntry: false });
  return s ? [s.size, s.mtimeMs, s.ino] : null;
}

/** The state when it can be trusted for `outDir`, else why not (one line). */
export function loadState(cacheDir: string, outDir: string): { state: SearchIndexState; reason: null } | { state: null; reason: string } {
  const fail = (reason: string) => ({ state: null, reason }) as const;
  let state: SearchIndexState;
  try {
    state = JSON.parse(readFileSync(statePath(cacheDir), 'utf8')) as SearchIndexState;
  } catch (error) {
    return fail((error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no previous search index state' : 'search index state unreadable or corrupt');
  }
  if (
    typeof state !== 'object' || state === null || state.version !== STATE_VERSION || !Array.isArray(state.ids) ||
    !Array.isArray(state.failed) || !Array.isArray(state.stamps) || !Number.isInteger(state.shards) || !Number.isInteger(state.postings)
  ) {
    return fail('search index state is from another version or corrupt');
  }
  if (state.fingerprint !== searchFingerprint()) return fail('pipeline or search code changed since the index was built');
  if (state.outDir !== resolve(outDir)) return fail('search index state belongs to another bundle folder');
  const files = indexFiles(state.shards);
  if (state.stamps.length !== files.length) return fail('search index state is corrupt (stamps)');
  for (let i = 0; i < files.length; i++) {
    const now = stampOf(join(outDir, files[i]));
    const then = state.stamps[i];
    if (!now || now[0] !== then[0] || now[1] !== then[1] || now[2] !== then[2]) {
      return fail(`data/${files[i]} is not the file the previous build wrote`);
    }
  }
  return { state, reason: null };
}

/** Forgets the state: from now on the index files may not match it. */
export function dropState(cacheDir: string): void {
  rmSync(statePath(cacheDir), { force: true });
}

export function saveState(cacheDir: string, state: Omit<SearchIndexState, 'version' | 'fingerprint'>): void {
  mkdirSync(cacheDir, { recursive: true });
  const path = statePath(cacheDir);
  const temp = `${path}.${process.pid}.tmp`;
  writeFileSync(temp, JSON.stringify({ version: STATE_VERSION, fingerprint: searchFingerprint(), ...state } satisfies SearchIndexState));
  renameSync(temp, path);
}
