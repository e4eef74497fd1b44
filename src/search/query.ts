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

/** Syntax read in a way other than as written; the UI says so, with the reading. */
export type QueryNote = 'unclosedQuote' | 'loneMinus' | 'onlyExclusions' | 'danglingOr' | 'emptyTitle';

export interface QueryTerm {
  /** The normalised text to mark: a CJK run, a phrase (both as substrings) or a word. */
  text: string;
  /** Matched as a substring (CJK runs and phrases); otherwise a word, by its stem. */
  cjk: boolean;
}

/** One term of the query language: a word or CJK run, or a quoted phrase, anywhere or in titles only. */
interface SearchTerm {
  /** As typed (NFKC), for the reading shown back to the person. */
  display: string;
  phrase: boolean;
  title: boolean;
  /** Index tokens that must all occur (in the title when `title`). */
  tokens: string[];
  /** What it marks. */
  marks: QueryTerm[];
}

export interface ParsedQuery {
  /** Every index token to fetch. Empty: nothing to search. */
  tokens: string[];
  /** What to highlight (the positive terms). */
  terms: QueryTerm[];
  /** Every group must match; a group matches when one of its alternatives (`OR`) does. */
  groups: SearchTerm[][];
  /** An article matching any of these is left out (`-word`). */
  exclude: SearchTerm[];
  /** Why nothing (or less than typed) is searched; null when the whole query is. */
  notice: QueryNotice | null;
  /** Syntax read another way than written (the reading says how). */
  notes: QueryNote[];
  /** The query as it was read, in the query language: shown when there are notes, and the cache key. */
  reading: string;
}

interface Lexeme {
  text: string;
  phrase: boolean;
  negate: boolean;
  title: boolean;
}

const QUOTE_CLOSE: Record<string, string> = { '"': '"', '“': '”', '「': '」' };
const isSpace = (char: string | undefined) => char !== undefined && /\s/u.test(char);

/** Splits NFKC query text into terms and `OR`s, noting syntax that had to be read another way. */
function lex(text: string, notes: Set<QueryNote>): (Lexeme | 'OR')[] {
  const out: (Lexeme | 'OR')[] = [];
  let i = 0;
  while (i < text.length) {
    if (isSpace(text[i])) {
      i++;
      continue;
    }
    let negate = false;
    let title = false;
    if (text[i] === '-') {
      i++;
      if (i >= text.length || isSpace(text[i])) {
        notes.add('loneMinus');
        continue;
      }
      negate = true;
    }
    if (text.slice(i, i + 6).toLowerCase() === 'title:') {
      i += 6;
      if (i >= text.length || isSpace(text[i])) {
        notes.add('emptyTitle');
        continue;
      }
      title = true;
    }
    const close = QUOTE_CLOSE[text[i]];
    if (close) {
      const end = text.indexOf(close, i + 1);
      if (end < 0) notes.add('unclosedQuote');
      const stop = end < 0 ? text.length : end;
      out.push({ text: text.slice(i + 1, stop), phrase: true, negate, title });
      i = stop + 1;
      continue;
    }
    let end = i;
    while (end < text.length && !isSpace(text[end])) end++;
    const word = text.slice(i, end);
    out.push(word === 'OR' && !negate && !title ? 'OR' : { text: word, phrase: false, negate, title });
    i = end;
  }
  return out;
}

/** A CJK-only gap of spaces inside a phrase is no gap: "人工 智能" is 人工智能. */
const joinCjk = (text: string) => text.replace(/([\u3400-\u9fff])\s+(?=[\u3400-\u9fff])/gu, '$1');

function termOf(lexeme: Lexeme, maxTokens: number): SearchTerm | null {
  const normalized = normalizeText(lexeme.phrase ? joinCjk(lexeme.text.trim()) : lexeme.text);
  const all = new Set<string>();
  scanTokens(normalized, (token) => all.add(tokenString(token)));
  if (all.size === 0) return null;
  const runs = runsOf(normalized).map((run) => ({ text: normalized.slice(run.start, run.end), cjk: run.cjk }));
  const marks = lexeme.phrase && runs.length > 1 ? [{ text: normalized.trim(), cjk: true }] : runs;
  const shown = lexeme.phrase ? `"${lexeme.text.trim()}"` : lexeme.text;
  return { display: `${lexeme.negate ? '-' : ''}${lexeme.title ? 'title:' : ''}${shown}`, phrase: lexeme.phrase, title: lexeme.title, tokens: spread([...all], maxTokens), marks };
}

/** Groups of positive terms joined by `OR`, and the exclusions. */
function groupsOf(lexemes: (Lexeme | 'OR')[], maxTokens: number, notes: Set<QueryNote>) {
  const groups: SearchTerm[][] = [];
  const exclude: SearchTerm[] = [];
  let joinNext = false;
  let dropped = false;
  lexemes.forEach((item, k) => {
    if (item === 'OR') {
      const before = lexemes[k - 1];
      if (!before || before === 'OR' || before.negate || !groups.length) notes.add('danglingOr');
      else joinNext = true;
      return;
    }
    const term = termOf(item, maxTokens);
    if (!term) {
      dropped = true;
      joinNext = false;
      return;
    }
    if (item.negate) {
      if (joinNext) notes.add('danglingOr');
      joinNext = false;
      exclude.push(term);
      return;
    }
    if (joinNext) groups[groups.length - 1].push(term);
    else groups.push([term]);
    joinNext = false;
  });
  if (joinNext) notes.add('danglingOr');
  return { groups, exclude, dropped };
}

export function parseQuery(query: string): ParsedQuery {
  const chars = Array.from(query.trim());
  const truncated = chars.length > MAX_QUERY_CHARS;
  const text = (truncated ? chars.slice(0, MAX_QUERY_CHARS).join('') : chars.join('')).normalize('NFKC');
  const notes = new Set<QueryNote>();
  const lexemes = lex(text, notes);
  const termCount = lexemes.filter((item) => item !== 'OR').length;
  // The token budget is shared: each term looks up an even part of it (at least one pair).
  const maxTokens = Math.max(1, Math.floor(MAX_TOKENS / Math.max(1, termCount)));
  const { groups, exclude } = groupsOf(lexemes, maxTokens, notes);
  if (groups.length === 0 && exclude.length > 0) notes.add('onlyExclusions');
  const searched = [...groups.flat(), ...exclude];
  const tokens = [...new Set(searched.flatMap((term) => term.tokens))];
  const wanted = new Set<string>();
  for (const item of lexemes) if (item !== 'OR') scanTokens(normalizeText(item.text), (token) => wanted.add(tokenString(token)));
  const hasCjk = lexemes.some((item) => item !== 'OR' && runsOf(normalizeText(item.text)).some((run) => run.cjk));
  const notice: QueryNotice | null =
    tokens.length === 0 ? (hasCjk ? 'tooShort' : 'noWords') : truncated || wanted.size > tokens.length ? 'truncated' : null;
  const reading = [...groups.map((group) => group.map((term) => term.display).join(' OR ')), ...exclude.map((term) => term.display)].join(' ');
  const terms = dedupe(groups.flat().flatMap((term) => term.marks));
  return tokens.length === 0
    ? { tokens: [], terms: [], groups: [], exclude: [], notice, notes: [], reading: '' }
    : { tokens, terms, groups, exclude, notice, notes: [...notes], reading };
}

function dedupe(terms: QueryTerm[]): QueryTerm[] {
  const seen = new Set<string>();
  return terms.filter((term) => !seen.has(term.text) && seen.add(term.text));
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
  /** The same hits by relevance (see `relevanceOrder`); absent from `findHits`. */
  byRelevance?: SearchHits;
}

/** The shards `tokens` live in. */
export function shardsOf(tokens: readonly string[], shards: number): number[] {
  return [...new Set(tokens.map((token) => shardOf(token, shards)))].sort((a, b) => a - b);
}

/** Postings (`ordinal * 2 + inTitle`, ascending) in every list; the title bit is kept only where every list has it. */
function intersect(lists: Int32Array[]): Int32Array {
  if (lists.length === 0) return new Int32Array(0);
  const sorted = [...lists].sort((a, b) => a.length - b.length);
  // Walk the shortest list; advance a cursor in each other list (all ascending by ordinal).
  const [shortest, ...rest] = sorted;
  const cursors = new Int32Array(rest.length);
  const out: number[] = [];
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
    out.push(ordinal * 2 + inTitle);
  }
  return Int32Array.from(out);
}

/** Postings in any of the lists; the title bit is kept where any list has it. */
function union(lists: Int32Array[]): Int32Array {
  if (lists.length === 1) return lists[0];
  const best = new Map<number, number>();
  for (const list of lists) for (const value of list) best.set(value >> 1, (best.get(value >> 1) ?? 0) | (value & 1));
  return Int32Array.from([...best.keys()].sort((a, b) => a - b), (ordinal) => ordinal * 2 + best.get(ordinal)!);
}

/** Title matches first, then body matches; newest first within each. */
function ranked(values: Int32Array): SearchHits {
  const title: number[] = [];
  const body: number[] = [];
  for (const value of values) (value & 1 ? title : body).push(value >> 1);
  const ordinals = new Int32Array(title.length + body.length);
  ordinals.set(title);
  ordinals.set(body, title.length);
  return { ordinals, titleMatches: title.length };
}

type ShardFor = (token: string) => SearchShard;

function postingsOf(token: string, shardFor: ShardFor): Int32Array {
  const shard = shardFor(token);
  return Object.hasOwn(shard, token) ? decodePostings(shard[token]) : new Int32Array(0);
}

/**
 * Intersects the posting lists of every token. A token missing from its shard means no
 * match. `shardFor(token)` returns the loaded shard that holds the token.
 */
export function findHits(tokens: readonly string[], shardFor: ShardFor): SearchHits {
  return ranked(intersect(tokens.map((token) => postingsOf(token, shardFor))));
}

function termPostings(term: SearchTerm, shardFor: ShardFor): Int32Array {
  const values = intersect(term.tokens.map((token) => postingsOf(token, shardFor)));
  return term.title ? values.filter((value) => (value & 1) === 1) : values;
}

/**
 * The hits of a parsed query: every group (one of its alternatives), none of the exclusions.
 * With exclusions only, every article of the `total` but those. Ranked as findHits ranks.
 */
export function runQuery(parsed: Pick<ParsedQuery, 'groups' | 'exclude'>, shardFor: ShardFor, total: number): SearchHits {
  const groups = parsed.groups.map((group) => union(group.map((term) => termPostings(term, shardFor))));
  let values = groups.length > 0 ? intersect(groups) : Int32Array.from({ length: parsed.exclude.length ? total : 0 }, (_, i) => i * 2);
  if (parsed.exclude.length > 0) {
    const excluded = new Set<number>();
    for (const term of parsed.exclude) for (const value of termPostings(term, shardFor)) excluded.add(value >> 1);
    values = values.filter((value) => !excluded.has(value >> 1));
  }
  const hits = ranked(values);
  return { ...hits, byRelevance: { ordinals: relevanceOrder(parsed.groups, hits.ordinals, shardFor), titleMatches: hits.titleMatches } };
}

/**
 * Hits by relevance, best first; ties newest first. An article's score is, summed over the
 * query's groups (its best alternative): 2 when every character pair and word of the term
 * is in the title, else the share of them that is. So a term whole in the title beats one
 * partly there, which beats the body only, and more terms in the title rank higher.
 */
function relevanceOrder(groups: readonly SearchTerm[][], ordinals: Int32Array, shardFor: ShardFor): Int32Array {
  const row = new Map<number, number>();
  ordinals.forEach((ordinal, i) => row.set(ordinal, i));
  const score = new Float64Array(ordinals.length);
  for (const group of groups) {
    const best = new Float64Array(ordinals.length);
    for (const term of group) {
      const inTitle = new Int32Array(ordinals.length);
      for (const token of term.tokens) {
        for (const value of postingsOf(token, shardFor)) {
          const i = value & 1 ? row.get(value >> 1) : undefined;
          if (i !== undefined) inTitle[i]++;
        }
      }
      inTitle.forEach((count, i) => {
        best[i] = Math.max(best[i], count === term.tokens.length ? 2 : count / term.tokens.length);
      });
    }
    best.forEach((value, i) => (score[i] += value));
  }
  return Int32Array.from([...ordinals.keys()].sort((a, b) => score[b] - score[a] || ordinals[a] - ordinals[b]), (i) => ordinals[i]);
}
