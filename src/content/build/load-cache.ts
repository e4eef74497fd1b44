/**
 * Reads the incremental-build cache before the build proper: the cache when it can be trusted,
 * else why not. From here on the bundle folder may stop matching the cache, so it is dropped.
 */
import { dropManifest, fingerprint, loadManifest, type LoadedManifest } from './build-cache.ts';
import type { BuildSettings } from './build-settings.ts';

export interface CacheState {
  previous: LoadedManifest | null;
  /** Why the build is a full one (one line), null when the cache is used or there is none. */
  reason: string | null;
  /** The fingerprint this build saves the cache with. */
  print: string;
}

export async function loadCache(options: BuildSettings & { steps?: readonly { name: string }[] }): Promise<CacheState> {
  const cache: CacheState = { previous: null, reason: null, print: '' };
  if (options.cacheDir === undefined) return cache;
  if (options.useCache === false) {
    cache.reason = 'cache off (--no-cache or CONTENT_CACHE=0)';
  } else {
    cache.print = fingerprint(options);
    const loaded = await loadManifest(options.cacheDir, options.outDir, cache.print);
    cache.previous = loaded.manifest;
    cache.reason = loaded.reason;
  }
  // A build that dies from here on leaves no cache behind.
  await dropManifest(options.cacheDir);
  return cache;
}
