import { existsSync, readdirSync, readFileSync, renameSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import type { BundleIndex } from '../../bundle/schema.ts';
import { buildArchive, type BuildOptions, type BuildResult } from './build-archive.ts';
import { readJson, tempDir, treeHashes, writeArchive, type PostFixture } from '../util/test-archive.ts';

// The categories 甲 and 乙 get the same short key, so their keys are lengthened while both exist.
vi.mock('../util/hash-base32.ts', async (importOriginal) => {
  const real = await importOriginal<typeof import('../util/hash-base32.ts')>();
  return {
    hashBase32: (text: string, length: number) =>
      length === 10 && (text === '["甲"]' || text === '["乙"]') ? 'samesamesa' : real.hashBase32(text, length),
  };
});

const root = tempDir('incremental');
afterAll(() => rmSync(root, { recursive: true, force: true }));
const content = join(root, 'content');
const cacheDir = join(root, 'cache');

function options(outDir: string, extra: Partial<BuildOptions> = {}): BuildOptions {
  return {
    contentDir: content, outDir, workers: 0, racyWindowMs: 0,
    sourceTimeZone: 'UTC', archiveTimeZone: 'Asia/Shanghai', siteTitle: '测试存档', assetBase: '/data/assets/',
    ...extra,
  };
}

/** Builds with the cache, recording what the steps were told had changed. */
async function cachedBuild(extra: Partial<BuildOptions> = {}): Promise<{ result: BuildResult; changed: string[] | null }> {
  let changed: string[] | null = null;
  const result = await buildArchive(
    options(join(root, 'out'), {
      cacheDir,
      steps: [{
        name: 'spy',
        run: (bundle) => {
          changed = bundle.changed && [...bundle.changed].sort();
          return Promise.resolve();
        },
      }],
      ...extra,
    }),
  );
  return { result, changed };
}

/** A build from scratch into its own folder, no cache: what every incremental build must equal. */
async function freshBuild(): Promise<{ result: BuildResult; hashes: Record<string, string> }> {
  const out = join(root, 'fresh');
  rmSync(out, { recursive: true, force: true });
  const result = await buildArchive(options(out));
  return { result, hashes: treeHashes(out) };
}

async function expectSameAsFresh(result: BuildResult): Promise<void> {
  const fresh = await freshBuild();
  expect(treeHashes(join(root, 'out'))).toEqual(fresh.hashes);
  expect(result.report).toEqual(fresh.result.report);
}

const post = (n: number, extra: Partial<PostFixture> = {}): PostFixture => ({
  title: `第${n}条`, date: `2022-01-${String(1 + (n % 28)).padStart(2, '0')} ${String(n % 24).padStart(2, '0')}:00:00`,
  categories: ['新闻', n % 2 ? '国内' : '国际'], ...extra,
});
const idOf = (result: BuildResult, path: string) => result.report.files.find((file) => file.path === path)!.id!;

describe('incremental build', () => {
  const files: Record<string, PostFixture | string> = {
    'a.md': { title: 'A', date: '2022-02-01 00:00:00', categories: ['甲'] },
    'b.md': { title: 'B', date: '2022-02-02 00:00:00', categories: ['乙'] },
    'pic/p.md': { title: 'P', date: '2022-02-03 00:00:00', categories: ['图'], body: '<p><img src="x.png"><img src="y.png"></p>' },
    'pic/x.png': 'x bytes',
    'broken.md': 'no front matter\n',
    'twins/caf\u00e9.md': { title: 'NFC', date: '2022-03-01 00:00:00' },
    'twins/cafe\u0301.md': { title: 'NFD', date: '2022-03-01 00:00:00' },
  };
  // 150 posts: two pages in `all`, so inserting one shifts items across a page boundary.
  for (let n = 0; n < 150; n++) files[`feed/${n}.md`] = post(n);
  writeArchive(content, files);

  it('builds in full first, then re-parses only what changed, byte-identical to a fresh build', async () => {
    const first = await cachedBuild();
    expect(first.result.cache).toEqual({ incremental: false, reason: 'no cache yet', reparsed: 156, posts: 156, note: null });
    expect(first.changed).toBeNull();
    const collided = readJson<BundleIndex>(join(root, 'out'), 'index.json').categories.map((node) => node.key);
    expect(collided.filter((key) => key.length === 17)).toHaveLength(2);

    const same = await cachedBuild();
    expect(same.result.cache).toMatchObject({ incremental: true, reparsed: 0 });
    expect(same.changed).toEqual([]);
    await expectSameAsFresh(same.result);

    // Edit, add (at the top of every list), delete, rename, remove a category (and with it the
    // key collision: A's cached file holds the long key), change an image, add a missing one.
    writeArchive(content, {
      'feed/7.md': post(7, { title: '第7条（更正）' }),
      'feed/new.md': post(999, { date: '2023-01-01 00:00:00' }),
      'feed/3.md': post(3, { categories: ['新闻', '国外'] }),
    });
    rmSync(join(content, 'feed/8.md'));
    renameSync(join(content, 'feed/9.md'), join(content, 'feed/nine.md'));
    rmSync(join(content, 'b.md'));
    writeFileSync(join(content, 'pic/x.png'), 'other x bytes');
    writeFileSync(join(content, 'pic/y.png'), 'y bytes');
    const edited = await cachedBuild();
    expect(edited.result.cache).toMatchObject({ incremental: true, reparsed: 5 });
    // P found y.png this time; A's category key was shortened in its file.
    const expected = ['a.md', 'feed/3.md', 'feed/7.md', 'feed/new.md', 'feed/nine.md', 'pic/p.md'].map((p) => idOf(edited.result, p));
    expect(edited.changed).toEqual(expected.sort());
    expect(readFileSync(join(root, 'out', 'assets/pic/x.png'), 'utf8')).toBe('other x bytes');
    expect(existsSync(join(root, 'out', `articles/${idOf(first.result, 'b.md').slice(0, 2)}/${idOf(first.result, 'b.md')}.json`))).toBe(false);
    expect(existsSync(join(root, 'out', 'lists', collided[0]))).toBe(false);
    await expectSameAsFresh(edited.result);

    // A post that becomes unreadable as a post, an image that goes away.
    writeArchive(content, { 'feed/10.md': 'no front matter any more\n' });
    rmSync(join(content, 'pic/y.png'));
    const broken = await cachedBuild();
    expect(broken.result.cache).toMatchObject({ incremental: true, reparsed: 2 });
    expect(broken.changed).toEqual([idOf(broken.result, 'pic/p.md')]);
    expect(broken.result.report.files.find((file) => file.path === 'pic/p.md')!.messages).toEqual([
      'image not found in the archive: "y.png"; dropped',
    ]);
    await expectSameAsFresh(broken.result);
  });

  it('falls back to a full build, saying why, when the cache cannot be trusted', async () => {
    await cachedBuild();
    writeFileSync(join(cacheDir, 'state.json'), '{"version":3,"posts":');
    const corrupt = await cachedBuild();
    expect(corrupt.result.cache).toMatchObject({ incremental: false, reason: 'cache is corrupt (not JSON)' });
    await expectSameAsFresh(corrupt.result);

    const retitled = await cachedBuild({ siteTitle: '另一个标题' });
    expect(retitled.result.cache).toMatchObject({ incremental: false, reason: 'settings or pipeline code changed since the cached build' });

    await cachedBuild();
    writeFileSync(join(root, 'out', 'index.json'), '{}');
    const tampered = await cachedBuild();
    expect(tampered.result.cache).toMatchObject({ incremental: false, reason: 'the bundle folder was changed since the cached build' });
    await expectSameAsFresh(tampered.result);

    // The excerpts live beside the posts file: without them, or cut short, nothing is trusted.
    const excerpts = () => join(cacheDir, readdirSync(cacheDir).find((name) => name.startsWith('excerpts-'))!);
    rmSync(excerpts());
    const noExcerpts = await cachedBuild();
    expect(noExcerpts.result.cache).toMatchObject({ incremental: false, reason: 'cache is missing (excerpts)' });
    await expectSameAsFresh(noExcerpts.result);
    truncateSync(excerpts(), 10);
    const shortExcerpts = await cachedBuild();
    expect(shortExcerpts.result.cache).toMatchObject({ incremental: false, reason: 'cache is corrupt (posts)' });
    await expectSameAsFresh(shortExcerpts.result);

    // A deleted article file is rebuilt, not trusted to the cache.
    const id = idOf(tampered.result, 'feed/20.md');
    rmSync(join(root, 'out', `articles/${id.slice(0, 2)}/${id}.json`));
    const healed = await cachedBuild();
    expect(healed.result.cache).toMatchObject({ incremental: true, reparsed: 1 });
    await expectSameAsFresh(healed.result);

    const off = await cachedBuild({ useCache: false });
    expect(off.result.cache).toMatchObject({ incremental: false, reason: 'cache off (--no-cache or CONTENT_CACHE=0)' });
    expect(existsSync(join(cacheDir, 'state.json'))).toBe(false);
  });
});
