/**
 * The search index from the tokens taken while parsing (a full build) must be byte for byte the
 * index read back from the article files (the incremental path and the fallback).
 */
import { existsSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { articlePath, type ReportEntry } from '../../../bundle/schema.ts';
import { buildArchive, type BuildOptions } from '../../build/build-archive.ts';
import type { BundleStep } from '../step.ts';
import { tempDir, treeHashes, writeArchive } from '../../util/test-archive.ts';
import { createBundleWriter } from '../../bundle/write-bundle.ts';
import { PostTokenizer, SearchTokenStore } from './post-tokens.ts';
import { buildSearchIndex, searchIndexStep, type SearchIndexOptions } from './search-index-step.ts';

const repoRoot = resolve(fileURLToPath(import.meta.url), '../../../../..');
const ARCHIVES = [
  { name: 'demo archive', dir: resolve(repoRoot, 'content') },
  { name: 'real sample', dir: resolve(repoRoot, '../shared/corpus/rsshub-page') },
];

const options = (content: string, out: string, workers: number, steps: BundleStep[]): BuildOptions => ({
  contentDir: content, outDir: out, workers, steps,
  sourceTimeZone: 'UTC', archiveTimeZone: 'Asia/Shanghai', siteTitle: 't', assetBase: '/data/assets/',
});

const searchFiles = (dir: string) => Object.entries(treeHashes(dir)).filter(([path]) => path.startsWith('search/'));

describe('the search index from parsed posts', () => {
  const root = tempDir('post-tokens');
  // Four bundles of the two archives: deleting them can outlast the default hook time on a busy disk.
  afterAll(() => rmSync(root, { recursive: true, force: true }), 120_000);

  describe.each(ARCHIVES)('on the $name', ({ name, dir }) => {
    // Small shards and passes: many shards, written in several passes.
    const small: SearchIndexOptions = { postingsPerShard: 300, postingsPerPass: 2000 };
    it.skipIf(!existsSync(dir)).each([0, 2])('equals the index read from the article files (%i workers)', async (workers) => {
      const out = join(root, `${name}-${workers}`);
      const fromFiles = join(root, `${name}-${workers}-files`);
      // (That the step used the tokens, not the files: 'does not read the article files back'.)
      const readBack: BundleStep = {
        name: 'from files',
        async run(bundle) {
          const writer = createBundleWriter(fromFiles);
          await buildSearchIndex({ ...bundle, searchTokens: null, writer }, small);
          await writer.flush();
        },
      };
      await buildArchive(options(dir, out, workers, [searchIndexStep(small), readBack]));
      const files = searchFiles(out);
      expect(files.length).toBeGreaterThan(20);
      expect(files).toEqual(searchFiles(fromFiles));
    });
  });

  it.each([0, 2])('does not read the article files back (%i workers)', async (workers) => {
    const content = join(root, `small-${workers}`);
    writeArchive(content, {
      'a.md': { title: '人工智能大会', date: '2024-03-03 10:00:00', body: '<p>机器学习</p>' },
      'b.md': { title: 'Markets', date: '2024-03-02 10:00:00', body: '<p>rally</p>' },
    });
    const out = join(root, `small-${workers}-out`);
    // Deletes every article file before the search step runs.
    const vandal: BundleStep = {
      name: 'vandal',
      run(bundle) {
        for (const article of bundle.articles) rmSync(join(bundle.outDir, articlePath(article.id)));
        return Promise.resolve();
      },
    };
    const result = await buildArchive(options(content, out, workers, [vandal, searchIndexStep()]));
    const warnings = result.report.files.filter((file: ReportEntry) => file.messages.some((m) => m.includes('search index')));
    expect(warnings).toEqual([]);
    expect(result.notes).toEqual([]);
    expect(Object.keys(treeHashes(out)).filter((path) => path.startsWith('search/s/'))).toEqual(['search/s/0.json']);
  });

  it('reads the article files, saying why, when the tokens\' thread is gone', async () => {
    const content = join(root, 'lost');
    writeArchive(content, {
      'a.md': { title: '人工智能大会', date: '2024-03-03 10:00:00', body: '<p>机器学习</p>' },
      'b.md': { title: 'Markets', date: '2024-03-02 10:00:00', body: '<p>rally</p>' },
    });
    // Stops the thread that holds the tokens before the search step can ask it for the index.
    const stopper: BundleStep = {
      name: 'stopper',
      ordered: (bundle) => void bundle.searchTokens?.close(),
      async run() {},
    };
    const lost = await buildArchive(options(content, join(root, 'lost-out'), 2, [stopper, searchIndexStep()]));
    expect(lost.notes).toEqual(['search index read from the article files: the parsed posts\' tokens were lost (closed)']);
    await buildArchive(options(content, join(root, 'kept-out'), 2, [searchIndexStep()]));
    expect(searchFiles(join(root, 'lost-out'))).toEqual(searchFiles(join(root, 'kept-out')));
  });

  it('falls back to the files when a batch of tokens arrives out of order', () => {
    const tokenizer = new PostTokenizer();
    tokenizer.article('第一', '<p>正文</p>');
    const first = tokenizer.take();
    tokenizer.article('第二', '<p>正文</p>');
    const second = tokenizer.take();
    const store = new SearchTokenStore();
    store.add(['b'], second);
    store.add(['a'], first);
    expect(store.failed).toMatch(/out of order/);
    expect(store.postings(['a'])).toBeNull();
    const inOrder = new SearchTokenStore();
    inOrder.add(['a'], first);
    inOrder.add(['b'], second);
    const postings = inOrder.postings(['b', 'a'])!;
    expect(postings.tokens).toEqual(['第一', '正文', '第二']);
    expect([...postings.counts]).toEqual([1, 2, 1]);
  });
});
