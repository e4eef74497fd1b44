/**
 * Search quality on real archives, built with the real pipeline: the real sample
 * (../shared/corpus/rsshub-page, skipped when absent) and the demo archive (content/).
 * Queries are drawn deterministically from titles and bodies: CJK substrings of 2–6
 * characters (a fifth of them two such terms) and English words. The expected answer is computed here by scanning every
 * article's text (htmlparser2's textContent, not the indexer's own text extraction).
 */
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DomUtils, parseDocument } from 'htmlparser2';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { articlePath, type Article, type ArticleSummary, type ListIndex, type ListPage } from '../../../bundle/schema.ts';
import { searchMetaPath, searchShardPath, shardOf, type SearchMeta, type SearchShard } from '../../../search/index-format.ts';
import { findHits, parseQuery, type QueryTerm } from '../../../search/query.ts';
import { normalizeText, runsOf, wordToken } from '../../../search/tokenize.ts';
import { buildArchive } from '../../build/build-archive.ts';
import { tempDir } from '../../util/test-archive.ts';
import { searchIndexStep } from './search-index-step.ts';
import { mulberry32 } from '../../../../scripts/archive/prng.ts';

/** The oracle: whether normalised `text` contains every term (CJK runs verbatim, words by their stem). */
function containsTerms(normalizedText: string, terms: readonly QueryTerm[]): boolean {
  let words: Set<string> | null = null;
  for (const term of terms) {
    if (term.cjk) {
      if (!normalizedText.includes(term.text)) return false;
      continue;
    }
    words ??= new Set(
      runsOf(normalizedText)
        .filter((run) => !run.cjk)
        .map((run) => wordToken(normalizedText.slice(run.start, run.end))),
    );
    if (!words.has(wordToken(term.text))) return false;
  }
  return true;
}

const repoRoot = resolve(fileURLToPath(import.meta.url), '../../../../..');
const ARCHIVES = [
  { name: 'real sample', dir: resolve(repoRoot, '../shared/corpus/rsshub-page') },
  { name: 'demo archive', dir: resolve(repoRoot, 'content') },
];

/** The seeded generator of the bench archives, so a run (and a failing case) can be replayed. */
const random = (seed: number) => {
  const rng = mulberry32(seed);
  return () => rng.next();
};

interface Doc {
  ordinal: number;
  /** Normalised title and body text. */
  title: string;
  body: string;
}

function drawQueries(docs: Doc[], count: number): string[] {
  const next = random(7);
  const queries = new Set<string>();
  for (let tries = 0; queries.size < count && tries < count * 50; tries++) {
    const doc = docs[Math.floor(next() * docs.length)];
    const text = next() < 0.4 ? doc.title : doc.body;
    if (next() < 0.15) {
      const words = text.match(/[a-z]{3,}/g) ?? [];
      if (words.length) queries.add(words[Math.floor(next() * words.length)]);
      continue;
    }
    const runs = text.match(/[\u3400-\u9fff]{2,}/g) ?? [];
    if (!runs.length) continue;
    const pick = () => {
      const run = runs[Math.floor(next() * runs.length)];
      const length = Math.min(run.length, 2 + Math.floor(next() * 5));
      const start = Math.floor(next() * (run.length - length + 1));
      return run.slice(start, start + length);
    };
    // Some queries are two terms from the same text: every term must match.
    queries.add(next() < 0.2 ? `${pick()} ${pick()}` : pick());
  }
  return [...queries];
}

/** Whether the text holds every term of the query as typed: a CJK substring, or an English whole word. */
function verbatim(doc: Doc, query: string): boolean {
  const text = `${doc.title}\n${doc.body}`;
  return query
    .split(' ')
    .every((term) => (/^[a-z]+$/.test(term) ? new RegExp(`(^|[^a-z0-9])${term}($|[^a-z0-9])`).test(text) : text.includes(term)));
}

describe.each(ARCHIVES)('search quality on the $name', ({ name, dir }) => {
  const present = existsSync(dir);
  const out = tempDir('search-quality');
  let docs: Doc[] = [];
  let meta: SearchMeta;
  const shards = new Map<number, SearchShard>();
  const shardFor = (token: string) => {
    const n = shardOf(token, meta.shards);
    if (!shards.has(n)) shards.set(n, JSON.parse(readFileSync(join(out, searchShardPath(n)), 'utf8')) as SearchShard);
    return shards.get(n)!;
  };

  beforeAll(async () => {
    if (!present) return;
    await buildArchive({
      contentDir: dir, outDir: out, workers: 2, steps: [searchIndexStep()],
      sourceTimeZone: 'UTC', archiveTimeZone: 'Asia/Shanghai', siteTitle: 't', assetBase: '/data/assets/',
    });
    const read = <T,>(rel: string) => JSON.parse(readFileSync(join(out, rel), 'utf8')) as T;
    const list = read<ListIndex>('lists/all/index.json');
    const summaries: ArticleSummary[] = [];
    for (let page = 0; page < list.pages.length; page++) summaries.push(...read<ListPage>(`lists/all/${page}.json`).items);
    docs = summaries.map((summary, ordinal) => {
      const article = read<Article>(articlePath(summary.id));
      const body = DomUtils.textContent(parseDocument(article.html));
      return { ordinal, title: normalizeText(article.title), body: normalizeText(body) };
    });
    meta = read<SearchMeta>(searchMetaPath());
  }, 120_000);
  afterAll(() => rmSync(out, { recursive: true, force: true }));

  it.skipIf(!present)('finds ≥98% of articles containing the query, ≥95% of results contain it', () => {
    const queries = drawQueries(docs, 220);
    expect(queries.length).toBeGreaterThanOrEqual(200);
    expect(meta.total).toBe(docs.length);
    let expected = 0;
    let found = 0;
    let returned = 0;
    let correct = 0;
    const misses: string[] = [];
    for (const query of queries) {
      const parsed = parseQuery(query);
      const hits = new Set(findHits(parsed.tokens, shardFor).ordinals);
      for (const doc of docs) {
        if (!verbatim(doc, query)) continue;
        expected++;
        if (hits.has(doc.ordinal)) found++;
        else misses.push(`${query} @${doc.ordinal}`);
      }
      for (const ordinal of hits) {
        returned++;
        const doc = docs[ordinal];
        if (containsTerms(`${doc.title}\n${doc.body}`, parsed.terms)) correct++;
      }
    }
    const recall = found / expected;
    const precision = correct / returned;
    console.log(
      `search quality, ${name}: ${queries.length} queries over ${docs.length} articles; ` +
        `recall ${(recall * 100).toFixed(2)}% (${found}/${expected}), precision ${(precision * 100).toFixed(2)}% (${correct}/${returned})`,
    );
    expect(recall, `first misses: ${misses.slice(0, 10).join(', ')}`).toBeGreaterThanOrEqual(0.98);
    expect(precision).toBeGreaterThanOrEqual(0.95);
  });
});
