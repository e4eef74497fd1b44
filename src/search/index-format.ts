/**
 * The search index files under `data/search/` (written by src/content/search/, read by
 * src/features/search/). Shared so both sides agree on paths, hashing and encoding.
 *
 *   search/meta.json        SearchMeta: shard count, articles, category keys.
 *   search/docs.json        SearchDocs: per ordinal (row of the `all` list), its category.
 *   search/s/<n>.json       SearchShard: postings of the tokens whose hash falls in shard n.
 *
 * A posting list names articles by ordinal: their row in the `all` list (newest first), so
 * results come in recency order for free, and ordinal i's summary is item i % pageSize of
 * `lists/all/<floor(i / pageSize)>.json`.
 */

/** Bumped whenever what a token is changes (2: script folding), so an old index is never read with a new query. */
export const SEARCH_VERSION = 2 as const;

export interface SearchMeta {
  version: typeof SEARCH_VERSION;
  /** Shard files `search/s/0.json` … `search/s/<shards - 1>.json`. */
  shards: number;
  /** Articles indexed: the `all` list's length. */
  total: number;
}

export interface SearchDocs {
  /** Category keys referenced by `category`. */
  keys: string[];
  /** Per ordinal: index into `keys` of the article's deepest category, or -1 when it has none. */
  category: number[];
}

/**
 * Token -> postings. Each posting is `ordinal * 2 + inTitle` (1 when the token occurs in the
 * title); the list is ascending and delta-encoded (first value as is, then differences).
 */
export type SearchShard = Record<string, number[]>;

export const searchMetaPath = () => 'search/meta.json';
export const searchDocsPath = () => 'search/docs.json';
export const searchShardPath = (shard: number) => `search/s/${shard}.json`;

/** FNV-1a over UTF-16 code units: cheap, stable, the same in Node and the browser. */
function tokenHash(token: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < token.length; i++) {
    hash ^= token.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

export const shardOf = (token: string, shards: number) => tokenHash(token) % shards;

/** Decodes a delta-encoded posting list into absolute `ordinal * 2 + inTitle` values. */
export function decodePostings(deltas: readonly number[]): Int32Array {
  const out = new Int32Array(deltas.length);
  let value = 0;
  for (let i = 0; i < deltas.length; i++) {
    value += deltas[i];
    out[i] = value;
  }
  return out;
}
