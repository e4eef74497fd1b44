/**
 * Query text to index lookups, and the lookup itself over posting lists. Shared by the app
 * (src/features/search/) and the quality test, which runs it on a real bundle from disk.
 */
import { decodePostings, shardOf, type SearchShard } from './index-format.ts';
import { normalizeText, runsOf, scanTokens, tokenString } from './tokenize.ts';

/** Longer queries are cut (a pasted paragraph still searches, with a notice). */
const MAX_QUERY_CHARS = 100;
/** Tokens looked up at most: a long query still costs a bounded number of shard downloads. */
export const MAX_TOKENS = 12;

export type QueryNotice = 'tooShort' | 'noWords' | 'truncated';

export interface QueryTerm {
  /** The normalised text of the term as typed (a CJK run or a word). */
  text: string;
  cjk: boolean;
}

export interface ParsedQuery {
  /** Index tokens to look up (every one must match). Empty: nothing to search. */
  tokens: string[];
  /** What to highlight and what a result must contain. */
  terms: QueryTerm[];
  /** Why nothing (or less than typed) is searched; null when the whole query is. */
  notice: QueryNotice | null;
}

export function parseQuery(query: string): ParsedQuery {
  const chars = Array.from(query.trim());
  const truncated = chars.length > MAX_QUERY_CHARS;
  const normalized = normalizeText(truncated ? chars.slice(0, MAX_QUERY_CHARS).join('') : chars.join(''));
  const terms: QueryTerm[] = [];
  const seen = new Set<string>();
  for (const run of runsOf(normalized)) {
    const text = normalized.slice(run.start, run.end);
    if (seen.has(text)) continue;
    seen.add(text);
    terms.push({ text, cjk: run.cjk });
  }
  const all = new Set<string>();
  scanTokens(normalized, (token) => all.add(tokenString(token)));
  const tokens = spread([...all], MAX_TOKENS);
  // A lone CJK character has no bigram: it cannot be looked up on its own.
  const searchable = terms.filter((term) => !term.cjk || Array.from(term.text).length > 1);
  const notice: QueryNotice | null =
    tokens.length === 0 ? (terms.length > 0 ? 'tooShort' : 'noWords') : truncated || all.size > tokens.length ? 'truncated' : null;
  return { tokens, terms: tokens.length === 0 ? [] : searchable, notice };
}

/** At most `max` items, evenly spread over the list (first and last kept). */
function spread<T>(items: T[], max: number): T[] {
  if (items.length <= max) return items;
  return Array.from({ length: max }, (_, i) => items[Math.round((i * (items.length - 1)) / (max - 1))]);
}

export interface SearchHits {
  /** Matching ordinals, ranked: title matches first, then body matches; newest first within each. */
  ordinals: Int32Array;
  /** How many of the first `ordinals` match in the title. */
  titleMatches: number;
}

/** The shards `tokens` live in. */
export function shardsOf(tokens: readonly string[], shards: number): number[] {
  return [...new Set(tokens.map((token) => shardOf(token, shards)))].sort((a, b) => a - b);
}

/**
 * Intersects the posting lists of every token. A token missing from its shard means no
 * match. `shardFor(token)` returns the loaded shard that holds the token.
 */
export function findHits(tokens: readonly string[], shardFor: (token: string) => SearchShard): SearchHits {
  if (tokens.length === 0) return { ordinals: new Int32Array(0), titleMatches: 0 };
  const lists: Int32Array[] = [];
  for (const token of tokens) {
    const deltas = Object.hasOwn(shardFor(token), token) ? shardFor(token)[token] : null;
    if (!deltas) return { ordinals: new Int32Array(0), titleMatches: 0 };
    lists.push(decodePostings(deltas));
  }
  lists.sort((a, b) => a.length - b.length);
  // Walk the shortest list; advance a cursor in each other list (all ascending by ordinal).
  const [shortest, ...rest] = lists;
  const cursors = new Int32Array(rest.length);
  const title: number[] = [];
  const body: number[] = [];
  outer: for (const value of shortest) {
    const ordinal = value >> 1;
    let inTitle = value & 1;
    for (let l = 0; l < rest.length; l++) {
      const list = rest[l];
      let c = cursors[l];
      while (c < list.length && list[c] >> 1 < ordinal) c++;
      cursors[l] = c;
      if (c === list.length) break outer;
      if (list[c] >> 1 !== ordinal) continue outer;
      inTitle &= list[c] & 1;
    }
    (inTitle ? title : body).push(ordinal);
  }
  const ordinals = new Int32Array(title.length + body.length);
  ordinals.set(title);
  ordinals.set(body, title.length);
  return { ordinals, titleMatches: title.length };
}
