/**
 * Tokenises one run of consecutive ordinals of the `all` list: reads each article file and
 * returns the postings of the chunk in a compact, transferable form. Runs in worker threads
 * (index-worker.ts) or in the main thread.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { decodeHTML } from 'entities';
import { articlePath, type Article } from '../../../bundle/schema.ts';
import { normalizeText, scanTokens, tokenString } from '../../../search/tokenize.ts';
import { ShardBytes } from './shard-format.ts';

export interface ChunkTask {
  outDir: string;
  /** Ordinal of the first id. */
  first: number;
  ids: string[];
  /** Ordinal of each id, ascending, when they are not the run `first, first + 1, …`. */
  ordinals?: number[];
  /** Return the lists already encoded (`encoded`) instead of as numbers (`lists`). */
  encode?: boolean;
  /** The articles' title and body, by id, instead of their files (which are not read then). */
  texts?: ReadonlyMap<string, Pick<Article, 'title' | 'html'>>;
}

/**
 * A chunk's lists as shard bytes, so that the main thread only copies them: for tokens[i], its
 * first and last value, and `,d,d,…` (the deltas after the first) in bytes[offsets[i] .. offsets[i + 1]).
 */
interface EncodedLists {
  first: Int32Array;
  last: Int32Array;
  offsets: Int32Array;
  bytes: Uint8Array;
}

export interface ChunkResult {
  first: number;
  /** Distinct tokens of the chunk, in first-seen order. */
  tokens: string[];
  postings: number;
  /** Postings of tokens[i]: values[starts[i] .. starts[i + 1]), ascending `ordinal * 2 + inTitle`; absent when encoded. */
  lists?: { starts: Int32Array; values: Int32Array };
  encoded?: EncodedLists;
  /** Articles that could not be indexed: [ordinal, reason]. */
  failures: [number, string][];
}

/** The text a reader sees in the body: tags dropped (as textContent does), entities decoded. */
export function bodyText(html: string): string {
  return decodeHTML(html.replace(/<!--[\s\S]*?-->|<[^>]*>/g, ''));
}

/**
 * Token ids for one chunk. A BMP bigram (a number from `scanTokens`, the common case in Chinese
 * text) is looked up in an open-addressing table of typed arrays; other tokens in a Map. At
 * 100,000 articles this is ~200 million lookups, so it matters.
 */
export class TokenTable {
  private keys = new Uint32Array(1 << 16);
  private ids = new Int32Array(1 << 16);
  private mask = (1 << 16) - 1;
  /** Fibonacci hashing: the top bits of key × golden ratio pick the slot. */
  private shift = 16;
  private used = 0;
  private strings = new Map<string, number>();
  readonly tokens: (number | string)[] = [];

  id(token: number | string): number {
    if (typeof token === 'string') {
      let id = this.strings.get(token);
      if (id === undefined) {
        id = this.tokens.length;
        this.tokens.push(token);
        this.strings.set(token, id);
      }
      return id;
    }
    // Bigram keys are never 0 (the first character is CJK).
    let slot = Math.imul(token, 0x9e3779b1) >>> this.shift;
    for (;;) {
      const key = this.keys[slot];
      if (key === token) return this.ids[slot];
      if (key === 0) break;
      slot = (slot + 1) & this.mask;
    }
    const id = this.tokens.length;
    this.tokens.push(token);
    this.keys[slot] = token;
    this.ids[slot] = id;
    if (++this.used * 2 > this.mask) this.grow();
    return id;
  }

  private grow() {
    const { keys, ids } = this;
    this.mask = keys.length * 2 - 1;
    this.shift--;
    this.keys = new Uint32Array(keys.length * 2);
    this.ids = new Int32Array(keys.length * 2);
    for (let i = 0; i < keys.length; i++) {
      if (keys[i] === 0) continue;
      let slot = Math.imul(keys[i], 0x9e3779b1) >>> this.shift;
      while (this.keys[slot] !== 0) slot = (slot + 1) & this.mask;
      this.keys[slot] = keys[i];
      this.ids[slot] = ids[i];
    }
  }
}

/** A growable Int32Array. */
export class IntList {
  data = new Int32Array(1 << 16);
  length = 0;
  push(value: number) {
    if (this.length === this.data.length) {
      const next = new Int32Array(this.data.length * 2);
      next.set(this.data);
      this.data = next;
    }
    this.data[this.length++] = value;
  }
}

export function indexChunk(task: ChunkTask): ChunkResult {
  const table = new TokenTable();
  const failures: [number, string][] = [];
  // Per token id: 1 + the last ordinal posted, so a token is posted once per article.
  let lastSeen = new Int32Array(1 << 14);
  const pairIds = new IntList();
  const pairValues = new IntList();
  let ordinal = 0;
  let value = 0;
  // The title is scanned first: its tokens get the title bit, and the body does not repeat them.
  const add = (token: number | string) => {
    const id = table.id(token);
    if (id >= lastSeen.length) {
      const next = new Int32Array(lastSeen.length * 2);
      next.set(lastSeen);
      lastSeen = next;
    }
    if (lastSeen[id] === ordinal + 1) return;
    lastSeen[id] = ordinal + 1;
    pairIds.push(id);
    pairValues.push(value);
  };
  task.ids.forEach((id, i) => {
    ordinal = task.ordinals ? task.ordinals[i] : task.first + i;
    let article: Pick<Article, 'title' | 'html'>;
    try {
      if (task.texts) {
        const text = task.texts.get(id);
        if (!text) throw new Error(`no text given for ${id}`);
        article = text;
      } else {
        article = JSON.parse(readFileSync(join(task.outDir, articlePath(id)), 'utf8')) as Article;
      }
    } catch (error) {
      failures.push([ordinal, error instanceof Error ? error.message : String(error)]);
      return;
    }
    value = ordinal * 2 + 1;
    scanTokens(normalizeText(article.title ?? ''), add);
    value = ordinal * 2;
    scanTokens(normalizeText(bodyText(article.html ?? '')), add);
  });
  // Counting sort of the (token, value) pairs by token; values stay in ordinal order.
  const count = table.tokens.length;
  const starts = new Int32Array(count + 1);
  for (let i = 0; i < pairIds.length; i++) starts[pairIds.data[i] + 1]++;
  for (let t = 0; t < count; t++) starts[t + 1] += starts[t];
  const fill = starts.slice(0, count);
  const values = new Int32Array(pairIds.length);
  for (let i = 0; i < pairIds.length; i++) values[fill[pairIds.data[i]]++] = pairValues.data[i];
  const result: ChunkResult = { first: task.first, tokens: table.tokens.map(tokenString), postings: values.length, failures };
  if (task.encode) result.encoded = encodeLists(starts, values);
  else result.lists = { starts, values };
  return result;
}

function encodeLists(starts: Int32Array, values: Int32Array): EncodedLists {
  const count = starts.length - 1;
  const first = new Int32Array(count);
  const last = new Int32Array(count);
  const offsets = new Int32Array(count + 1);
  const out = new ShardBytes();
  for (let t = 0; t < count; t++) {
    const start = starts[t];
    const end = starts[t + 1];
    first[t] = values[start];
    last[t] = values[end - 1];
    for (let j = start + 1; j < end; j++) out.commaNumber(values[j] - values[j - 1]);
    offsets[t + 1] = out.length;
  }
  return { first, last, offsets, bytes: out.bytes.slice(0, out.length) };
}
