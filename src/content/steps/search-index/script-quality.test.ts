/**
 * Script-blind search on real archives, built with the real pipeline: the real sample
 * (../shared/corpus/rsshub-page, skipped when absent) and the demo archive (content/).
 * Queries are Traditional/Simplified pairs drawn from the archives' Traditional text: a run of
 * 2–4 characters that OpenCC's phrase-aware converter (opencc-js, Hong Kong and Taiwan to
 * mainland: not the app's class table) changes. The expected answer is a substring check of
 * the Simplified form on every article's converted text (htmlparser2's textContent).
 */
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DomUtils, parseDocument } from 'htmlparser2';
import * as OpenCC from 'opencc-js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { articlePath, type Article, type ArticleSummary, type ListIndex, type ListPage } from '../../../bundle/schema.ts';
import { buildArchive } from '../../build/build-archive.ts';
import { searchIndexStep } from './search-index-step.ts';
import { tempDir } from '../../util/test-archive.ts';
import { searchMetaPath, searchShardPath, shardOf, type SearchMeta, type SearchShard } from '../../../search/index-format.ts';
import { findHits, parseQuery } from '../../../search/query.ts';

const repoRoot = resolve(fileURLToPath(import.meta.url), '../../../../..');
const ARCHIVES = [
  { name: 'real sample', dir: resolve(repoRoot, '../shared/corpus/rsshub-page') },
  { name: 'demo archive', dir: resolve(repoRoot, 'content') },
];

const hkToCn = OpenCC.Converter({ from: 'hk', to: 'cn' });
const twToCn = OpenCC.Converter({ from: 'tw', to: 'cn' });
const toSimplified = (text: string) => twToCn(hkToCn(text));
const plain = (text: string) => text.normalize('NFKC').toLowerCase();

interface Doc {
  /** Title and body as written (NFKC, lower case), and converted to Simplified. */
  text: string;
  simplified: string;
}

/** Traditional/Simplified pairs: runs of 2–4 characters of the text that the converter changes, in text order. */
function drawPairs(docs: Doc[], max: number): [traditional: string, simplified: string][] {
  const pairs = new Map<string, string>();
  for (const doc of docs) {
    for (const run of doc.text.match(/[\u3400-\u9fff]{2,}/g) ?? []) {
      for (let at = 0; at + 2 <= run.length && pairs.size < max; at += 3) {
        const t = run.slice(at, at + 2 + (at % 3));
        const s = toSimplified(t);
        if (s !== t && s.length === t.length && !pairs.has(t)) pairs.set(t, s);
      }
    }
  }
  return [...pairs];
}

describe.each(ARCHIVES)('script-blind search on the $name', ({ name, dir }) => {
  const present = existsSync(dir);
  const out = tempDir('script-quality');
  let docs: Doc[] = [];
  let meta: SearchMeta;
  const shards = new Map<number, SearchShard>();
  const shardFor = (token: string) => {
    const n = shardOf(token, meta.shards);
    if (!shards.has(n)) shards.set(n, JSON.parse(readFileSync(join(out, searchShardPath(n)), 'utf8')) as SearchShard);
    return shards.get(n)!;
  };
  const hitsOf = (query: string) => [...findHits(parseQuery(query).tokens, shardFor).ordinals].sort((a, b) => a - b);

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
    docs = summaries.map((summary) => {
      const article = read<Article>(articlePath(summary.id));
      const text = plain(`${article.title}\n${DomUtils.textContent(parseDocument(article.html))}`);
      return { text, simplified: toSimplified(text) };
    });
    meta = read<SearchMeta>(searchMetaPath());
  }, 120_000);
  afterAll(() => rmSync(out, { recursive: true, force: true }));

  it.skipIf(!present)('either form finds the same articles: recall ≥99% against the converted text, precision ≥95%', () => {
    const pairs = drawPairs(docs, name === 'demo archive' ? 40 : 200);
    expect(pairs.length).toBeGreaterThanOrEqual(name === 'demo archive' ? 20 : 100);
    let expected = 0;
    let found = 0;
    let returned = 0;
    let correct = 0;
    const differ: string[] = [];
    const misses: string[] = [];
    for (const [t, s] of pairs) {
      const hits = hitsOf(t);
      if (JSON.stringify(hitsOf(s)) !== JSON.stringify(hits)) differ.push(`${t}/${s}`);
      const hitSet = new Set(hits);
      docs.forEach((doc, ordinal) => {
        if (!doc.simplified.includes(s)) return;
        expected++;
        if (hitSet.has(ordinal)) found++;
        else misses.push(`${t}/${s} @${ordinal}`);
      });
      for (const ordinal of hits) {
        returned++;
        if (docs[ordinal].simplified.includes(s)) correct++;
      }
    }
    const recall = found / expected;
    const precision = correct / returned;
    console.log(
      `script-blind search, ${name}: ${pairs.length} Traditional/Simplified pairs over ${docs.length} articles; ` +
        `same hits for both forms ${pairs.length - differ.length}/${pairs.length}; ` +
        `recall ${(recall * 100).toFixed(2)}% (${found}/${expected}), precision ${(precision * 100).toFixed(2)}% (${correct}/${returned})`,
    );
    expect(differ).toEqual([]);
    expect(recall, `first misses: ${misses.slice(0, 10).join(', ')}`).toBeGreaterThanOrEqual(0.99);
    expect(precision).toBeGreaterThanOrEqual(0.95);
  });
});
