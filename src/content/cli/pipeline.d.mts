// The types of pipeline.mjs, a plain JavaScript module (the entry point runs without a
// TypeScript loader), for the tests that import it.

/** Bundle entries, by the name their file gets (the name the sources' worker URLs use). */
export declare const ENTRIES: Readonly<Record<string, string>>;

/**
 * The folder of a bundle compiled from the project's current sources, compiling one when
 * there is none. `built`: whether this call compiled it.
 */
export declare function ensureBundle(options?: { root?: string; cacheDir?: string }): Promise<{ dir: string; built: boolean }>;
