/**
 * Incremental builds and the lists: a post that moves category, changes month, is retitled or
 * deleted, or empties a category must leave a bundle and report byte-identical to a build
 * from scratch (including a post the cache could not keep a row for).
 */
import { rmSync, utimesSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildArchive, type BuildOptions, type BuildResult } from './build-archive.ts';
import { tempDir, treeHashes, writeArchive, type PostFixture } from '../util/test-archive.ts';

const root = tempDir('incremental-lists');
afterAll(() => rmSync(root, { recursive: true, force: true }));
const content = join(root, 'content');
const out = join(root, 'out');
const cacheDir = join(root, 'cache');

const options = (outDir: string, extra: Partial<BuildOptions> = {}): BuildOptions => ({
  contentDir: content, outDir, workers: 0, racyWindowMs: 0,
  sourceTimeZone: 'UTC', archiveTimeZone: 'Asia/Shanghai', siteTitle: '列表', assetBase: '/data/assets/',
  ...extra,
});

const cachedBuild = (extra: Partial<BuildOptions> = {}) => buildArchive(options(out, { cacheDir, ...extra }));

async function expectSameAsFresh(result: BuildResult): Promise<void> {
  const freshOut = join(root, 'fresh');
  rmSync(freshOut, { recursive: true, force: true });
  const fresh = await buildArchive(options(freshOut));
  expect(treeHashes(out)).toEqual(treeHashes(freshOut));
  expect(result.report).toEqual(fresh.report);
}

const FEEDS = [['国内', '要闻'], ['国内', '财经'], ['国际', '亚洲'], ['国际', '欧洲'], ['体育']];
const post = (n: number, extra: Partial<PostFixture> = {}): PostFixture => ({
  title: `第${n}条`,
  date: `2022-${String(1 + (n % 3)).padStart(2, '0')}-${String(1 + (n % 27)).padStart(2, '0')} ${String(n % 24).padStart(2, '0')}:00:00`,
  categories: FEEDS[n % FEEDS.length],
  body: `<p>正文${n}，摘要在这里。</p>`,
  ...extra,
});

describe('incremental build of the lists', () => {
  // 260 posts: `all` has three pages, the feeds one each.
  const files: Record<string, PostFixture> = {};
  for (let n = 0; n < 260; n++) files[`feed/${n}.md`] = post(n);
  files['lonely/only.md'] = post(1000, { categories: ['孤单'] });
  writeArchive(content, files);

  it('stays byte-identical when a post moves category, changes month or empties a category', async () => {
    expect((await cachedBuild()).cache).toMatchObject({ incremental: false });

    // Moved to another top-level category.
    writeArchive(content, { 'feed/3.md': post(3, { categories: ['体育'] }) });
    const moved = await cachedBuild();
    expect(moved.cache).toMatchObject({ incremental: true, reparsed: 1 });
    await expectSameAsFresh(moved);

    // Another month: it moves across pages of `all` and of its feed.
    writeArchive(content, { 'feed/10.md': post(10, { date: '2021-12-31 23:00:00' }) });
    const redated = await cachedBuild();
    expect(redated.cache).toMatchObject({ incremental: true, reparsed: 1 });
    await expectSameAsFresh(redated);

    // Retitled only: the lists it is in get the new title, the others stay.
    writeArchive(content, { 'feed/11.md': post(11, { title: '第11条（修订）' }) });
    const retitled = await cachedBuild();
    await expectSameAsFresh(retitled);

    // Deleted from a category that stays.
    rmSync(join(content, 'feed/31.md'));
    const deleted = await cachedBuild();
    expect(deleted.cache).toMatchObject({ incremental: true, reparsed: 0 });
    await expectSameAsFresh(deleted);

    // The only post of a category goes: the category and its list go with it.
    rmSync(join(content, 'lonely/only.md'));
    const emptied = await cachedBuild();
    expect(emptied.cache).toMatchObject({ incremental: true, reparsed: 0 });
    await expectSameAsFresh(emptied);

    // A new category appears again.
    writeArchive(content, { 'lonely/again.md': post(2000, { categories: ['孤单', '又来'] }) });
    await expectSameAsFresh(await cachedBuild());
  });

  it('knows the old category of a post it could not cache (changed during the build)', async () => {
    await cachedBuild();
    // Changed "during" the build (its time is after the build's start): listed, but no row kept.
    writeArchive(content, { 'feed/20.md': post(20, { title: '第20条（新）' }) });
    const later = new Date(Date.now() + 3_600_000);
    utimesSync(join(content, 'feed/20.md'), later, later);
    await cachedBuild({ racyWindowMs: 2000 });
    // Now it moves to another category: its old list must lose it.
    writeArchive(content, { 'feed/20.md': post(20, { categories: ['体育'] }) });
    const moved = await cachedBuild();
    // (with any other file written in the 2 s before that build, which was not kept either)
    expect(moved.cache).toMatchObject({ incremental: true });
    await expectSameAsFresh(moved);
  });
});
