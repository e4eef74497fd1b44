/**
 * The search code the browser loads on first use (a lazy chunk, with the script-folding table
 * it needs): parsing a query, intersecting posting lists, finding what to mark. Nothing of it
 * loads with the first screen; the app imports only types from src/search statically.
 */
export { parseQuery, runQuery, shardsOf } from './query.ts';
export { highlightRanges } from './highlight.ts';
