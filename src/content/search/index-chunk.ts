/**
 * Tokenises one run of consecutive ordinals of the `all` list: reads each article file and
 * returns the postings of the chunk in a compact, transferable form. Runs in worker threads
 * (index-worker.ts) or in the main thread.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { decodeHTML } from 'entities';
import { articlePath, type Article } from '../../bundle/schema.ts';
import { normalizeText, scanTokens, tokenString } from '../../search/tokenize.ts';

export interface ChunkTask {
  outDir: string;
  /** Ordinal of the first id. */
  first: number;
  ids: string[];
}

export interface ChunkResult {
  first: number;
  /** Distinct tokens of the chunk, in first-seen order. */
  tokens: string[];
  /** Postings of tokens[i]: values[starts[i] .. starts[i + 1]), ascending `ordinal * 2 + inTitle`. */
  starts: Int32Array;
  values: Int32Array;
  /** Articles that could not be indexed: [ordinal, reason]. */
  failures: [number, string][];
}

/** The text a reader sees in the body: tags dropped (as textContent does), entities decoded. */
export function bodyText(html: string): string {
  return decodeHTML(html.replace(/<!--[\s\S]*?-->|<[^>]*>/g, ''));
}

export function indexChunk(task: ChunkTask): ChunkResult {
  const postings = new Map<number | string, number[]>();
  const failures: [number, string][] = [];
  let ordinal = 0;
  let value = 0;
  // Title tokens are scanned first: a token already posted for this ordinal (from the title,
  // or earlier in the body) is skipped, so each article appears once per token.
  const add = (token: number | string) => {
    const list = postings.get(token);
    if (!list) postings.set(token, [value]);
    else if (list[list.length - 1] >> 1 !== ordinal) list.push(value);
  };
  task.ids.forEach((id, i) => {
    ordinal = task.first + i;
    let article: Article;
    try {
      article = JSON.parse(readFileSync(join(task.outDir, articlePath(id)), 'utf8')) as Article;
    } catch (error) {
      failures.push([ordinal, error instanceof Error ? error.message : String(error)]);
      return;
    }
    value = ordinal * 2 + 1;
    scanTokens(normalizeText(article.title ?? ''), add);
    value = ordinal * 2;
    scanTokens(normalizeText(bodyText(article.html ?? '')), add);
  });
  const tokens: string[] = [];
  const starts = new Int32Array(postings.size + 1);
  let size = 0;
  for (const [token, list] of postings) {
    starts[tokens.length] = size;
    tokens.push(tokenString(token));
    size += list.length;
  }
  starts[tokens.length] = size;
  const values = new Int32Array(size);
  let i = 0;
  for (const list of postings.values()) values.set(list, starts[i++]);
  return { first: task.first, tokens, starts, values, failures };
}
