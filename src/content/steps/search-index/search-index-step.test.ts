import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { articlePath, type ArticleSummary, type BundleIndex, type ListPage } from '../../../bundle/schema.ts';
import { searchDocsPath, searchMetaPath, searchShardPath, shardOf, type SearchMeta, type SearchShard } from '../../../search/index-format.ts';
import { findHits, parseQuery } from '../../../search/query.ts';
import { buildArchive, type BuildOptions } from '../../build/build-archive.ts';
import { readJson, tempDir, treeHashes, writeArchive } from '../../util/test-archive.ts';
import { createBundleWriter } from '../../bundle/write-bundle.ts';
import { buildSearchIndex, searchIndexStep } from './search-index-step.ts';

const FIXTURE = {
  'a.md': { title: '人工智能大会开幕', date: '2024-03-03 10:00:00', categories: ['科技'], body: '<p>大会讨论<b>机器</b>学习。</p>' },
  'b.md': { title: 'Markets rally', date: '2024-03-02 10:00:00', categories: ['财经'], body: '<p>Stocks RALLIED on ＡＩ news.</p>' },
  'c.md': { title: '天气', date: '2024-03-01 10:00:00', body: '<p>人工降雨，智能手机。</p>' },
};

const options = (content: string, out: string, workers: number): BuildOptions => ({
  contentDir: content, outDir: out, workers, steps: [searchIndexStep()],
  sourceTimeZone: 'UTC', archiveTimeZone: 'Asia/Shanghai', siteTitle: 't', assetBase: '/data/assets/',
});

describe('the search index step', () => {
  const root = tempDir('search-step');
  const content = join(root, 'content');
  writeArchive(content, FIXTURE);
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  const search = (out: string, query: string) => {
    const meta = readJson<SearchMeta>(out, searchMetaPath());
    const shard = (token: string) => readJson<SearchShard>(out, searchShardPath(shardOf(token, meta.shards)));
    const { ordinals, titleMatches } = findHits(parseQuery(query).tokens, shard);
    const all = readJson<ListPage>(out, 'lists/all/0.json').items;
    return { titles: [...ordinals].map((o) => all[o].title), titleMatches };
  };

  it('indexes titles and body text by ordinal of the all list, with the title bit', async () => {
    const out = join(root, 'out');
    await buildArchive(options(content, out, 0));
    expect(readJson<SearchMeta>(out, searchMetaPath())).toEqual({ version: 2, shards: 1, total: 3 });
    expect(search(out, '人工智能')).toEqual({ titles: ['人工智能大会开幕'], titleMatches: 1 });
    expect(search(out, '机器学习')).toEqual({ titles: ['人工智能大会开幕'], titleMatches: 0 });
    expect(search(out, 'rallies')).toEqual({ titles: ['Markets rally'], titleMatches: 1 });
    expect(search(out, 'ai')).toEqual({ titles: ['Markets rally'], titleMatches: 0 });
    const index = readJson<BundleIndex>(out, 'index.json');
    const keys = index.categories.map((node) => node.key).sort();
    expect(readJson(out, searchDocsPath())).toEqual({ keys, category: [keys.indexOf(index.categories.find((n) => n.name === '科技')!.key), keys.indexOf(index.categories.find((n) => n.name === '财经')!.key), -1] });
  });

  it('writes the same bytes with worker threads as without', async () => {
    const one = join(root, 'one');
    const two = join(root, 'two');
    await buildArchive(options(content, one, 0));
    await buildArchive(options(content, two, 2));
    const search = (hashes: Record<string, string>) => Object.entries(hashes).filter(([path]) => path.startsWith('search/'));
    expect(search(treeHashes(two))).toEqual(search(treeHashes(one)));
    expect(search(treeHashes(one)).length).toBe(3);
  });

  it('reports an article it cannot read, and indexes the rest', async () => {
    const out = join(root, 'broken');
    await buildArchive({ ...options(content, out, 0), steps: [] });
    const articles: ArticleSummary[] = readJson<ListPage>(out, 'lists/all/0.json').items;
    const lost = articles[1];
    rmSync(join(out, articlePath(lost.id)));
    const writer = createBundleWriter(out);
    const problems = await buildSearchIndex({
      outDir: out, options: options(content, out, 0), index: readJson<BundleIndex>(out, 'index.json'), articles, changed: null, writer,
    });
    await writer.flush();
    expect(problems).toEqual([
      expect.objectContaining({ path: `data/${articlePath(lost.id)}`, status: 'warning', id: lost.id, title: 'Markets rally' }),
    ]);
    expect(problems[0].messages[0]).toMatch(/^not in the search index: its article file could not be read \(ENOENT/);
    expect(search(out, '人工智能').titles).toEqual(['人工智能大会开幕']);
    expect(readFileSync(join(out, searchMetaPath()), 'utf8')).toContain('"total":3');
  });
});
