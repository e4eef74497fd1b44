/**
 * Work for query text that has not settled yet (the person is still typing, or the box waits
 * out its debounce): the shards of its tokens and its hits go into the query cache, then the
 * first rows of the view, so the route can fetch their list pages. When the text settles, the
 * results render from the cache instead of starting the fetches then.
 */
import type { QueryClient } from '@tanstack/react-query';
import type { CategoryNode } from '../../../bundle/schema.ts';
import { rowsOf } from '../lib/hit-rows.ts';
import type { OrdinalSpan } from '../lib/search-results.ts';
import { searchDocsQueryOptions, searchHitsQueryOptions } from './get-search-index.ts';
import { loadSearchCode } from './search-code.ts';

/** Rows of the first screen (about seven rows show at once) whose list pages are fetched early. */
const FIRST_SCREEN_ROWS = 10;

interface SearchView {
  /** The category the list shows (null = the whole archive). */
  node: CategoryNode | null;
  /** The rows of the `all` list a date filter keeps (null = no date filter). */
  span: OrdinalSpan | null;
}

/**
 * Fetches what `text` needs and hands the first rows of `view` to `preloadRows`, unless
 * `signal` was aborted meanwhile (newer text was typed: its pages would be wasted bytes).
 * Failures are left to the settled query, which shows them with a retry.
 */
export async function prefetchSearch(
  queryClient: QueryClient,
  text: string,
  view: SearchView,
  preloadRows: (rows: Int32Array) => void,
  signal: AbortSignal,
): Promise<void> {
  try {
    const parsed = (await loadSearchCode()).parseQuery(text);
    if (parsed.tokens.length === 0 || signal.aborted) return;
    const hits = await queryClient.fetchQuery(searchHitsQueryOptions(queryClient, parsed));
    const docs = view.node ? await queryClient.fetchQuery(searchDocsQueryOptions) : null;
    if (signal.aborted) return;
    const rows = rowsOf(hits, docs, view.node, view.span);
    if (rows && rows.length > 0) preloadRows(rows.subarray(0, FIRST_SCREEN_ROWS));
  } catch {
    // Shown, with a retry, by the query that renders the results.
  }
}
