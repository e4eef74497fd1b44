/**
 * The rows a view shows for one set of hits, worked out once per hits object: the list, the
 * sidebar, the reader and the prefetch while typing ask for the same rows, often in one render.
 */
import type { CategoryNode } from '../../../bundle/schema.ts';
import type { SearchDocs } from '../../../search/index-format.ts';
import type { SearchHits } from '../../../search/query.ts';
import { categoryKeysOf, filterHits, type OrdinalSpan } from './search-results.ts';

const derived = new WeakMap<SearchHits, Map<string, unknown>>();

/** `compute()` for `hits` and `key`, remembered as long as `hits` lives. */
export function once<T>(hits: SearchHits, key: string, compute: () => T): T {
  let cache = derived.get(hits);
  if (!cache) derived.set(hits, (cache = new Map<string, unknown>()));
  if (!cache.has(key)) cache.set(key, compute());
  return cache.get(key) as T;
}

export const spanKeyOf = (span: OrdinalSpan | null) => (span ? `${span.offset}+${span.count}` : '');

/**
 * The hits inside `node` (null = the whole archive) and `span` (null = any date), in rank
 * order; null when a category is asked for and `docs` (which holds the categories) is not loaded.
 */
export function rowsOf(hits: SearchHits, docs: SearchDocs | null, node: CategoryNode | null, span: OrdinalSpan | null): Int32Array | null {
  if (node && !docs) return null;
  return once(hits, `rows|${node?.key ?? ''}|${spanKeyOf(span)}`, () =>
    filterHits(hits.ordinals, docs, node ? categoryKeysOf(docs!, node) : null, span),
  );
}
