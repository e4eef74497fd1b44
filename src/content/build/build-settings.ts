/** What a build is told besides its steps: the settings every phase and step may read. */
import type { ContentConfig } from '../cli/config.ts';

export type BuildSettings = Pick<
  ContentConfig,
  'contentDir' | 'outDir' | 'sourceTimeZone' | 'archiveTimeZone' | 'siteTitle' | 'assetBase' | 'workers'
> & {
  /**
   * Folder of this bundle's incremental-build cache (`defaultCacheDir(outDir)` in the CLI).
   * Absent: always a full build, no cache read or written.
   */
  cacheDir?: string;
  /** `false` forces a full build and deletes the cache (it would no longer match). Default true. */
  useCache?: boolean;
  /**
   * Files changed less than this many ms before the build started are not cached: a change in
   * the same clock tick as the read could go unseen (default 2000; tests use 0).
   */
  racyWindowMs?: number;
};
