import { readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { articlePath, type ListPage } from '../../../bundle/schema.ts';
import { searchMetaPath, searchShardPath, shardOf, type SearchMeta, type SearchShard } from '../../../search/index-format.ts';
import { findHits, parseQuery } from '../../../search/query.ts';
import { buildArchive, type BuildOptions, type BuildResult } from '../../build/build-archive.ts';
import { readJson, tempDir, treeHashes, writeArchive, type PostFixture } from '../../util/test-archive.ts';
import { searchIndexStep } from './search-index-step.ts';

const root = tempDir('search-incremental');
afterAll(() => rmSync(root, { recursive: true, force: true }));
const content = join(root, 'content');
const out = join(root, 'out');

const WORDS = ['人工智能', '机器学习', '天气预报', '股票市场', '足球比赛', 'markets', 'rally', 'weather', '电动汽车', '疫苗接种'];
const post = (n: number, extra: Partial<PostFixture> = {}): PostFixture => ({
  title: `第${n}条 ${WORDS[n % WORDS.length]}`,
  date: `2022-01-${String(1 + (n % 28)).padStart(2, '0')} ${String(n % 24).padStart(2, '0')}:00:00`,
  categories: ['新闻', n % 2 ? '国内' : '国际'],
  body: `<p>${WORDS[(n * 3) % WORDS.length]}，${WORDS[(n * 7) % WORDS.length]}。编号${n}号</p>`,
  ...extra,
});

// Few postings per shard, so the index has several shards and rows shift across them.
const step = searchIndexStep({ postingsPerShard: 60 });
const options = (outDir: string, extra: Partial<BuildOptions> = {}): BuildOptions => ({
  contentDir: content, outDir, workers: 0, racyWindowMs: 0, steps: [step],
  sourceTimeZone: 'UTC', archiveTimeZone: 'Asia/Shanghai', siteTitle: 't', assetBase: '/data/assets/',
  ...extra,
});

const cachedBuild = () => buildArchive(options(out, { cacheDir: join(root, 'cache') }));

/** The search files of a build from scratch of the same archive. */
async function freshSearch(): Promise<Record<string, string>> {
  const fresh = join(root, 'fresh');
  rmSync(fresh, { recursive: true, force: true });
  await buildArchive(options(fresh));
  return treeHashes(join(fresh, 'search'));
}

async function expectSameAsFresh(): Promise<void> {
  expect(treeHashes(join(out, 'search'))).toEqual(await freshSearch());
}

/** Titles of the articles a query finds, newest first. */
function search(query: string): string[] {
  const meta = readJson<SearchMeta>(out, searchMetaPath());
  const shard = (token: string) => readJson<SearchShard>(out, searchShardPath(shardOf(token, meta.shards)));
  const all = readdirSync(join(out, 'lists/all')).filter((name) => /^\d+\.json$/.test(name)).length;
  const items = Array.from({ length: all }, (_, page) => readJson<ListPage>(out, `lists/all/${page}.json`).items).flat();
  return [...findHits(parseQuery(query).tokens, shard).ordinals].map((ordinal) => items[ordinal].title);
}

const notes = (result: BuildResult) => result.notes.filter((line) => line.startsWith('search index'));

describe('the search index after an incremental build', () => {
  const files: Record<string, PostFixture> = {};
  for (let n = 0; n < 120; n++) files[`feed/${n}.md`] = post(n);
  writeArchive(content, files);

  it('is updated in place, byte-identical to a full build, when posts are edited, added, moved or deleted', async () => {
    const first = await cachedBuild();
    expect(notes(first)).toEqual([]);
    const { shards } = readJson<SearchMeta>(out, searchMetaPath());
    expect(shards).toBeGreaterThan(4);

    const same = await cachedBuild();
    expect(notes(same)).toEqual([`search index updated: 0 articles re-indexed, 0 of ${shards} shards read, 0 rewritten`]);
    await expectSameAsFresh();

    // A new body, a new title, a post newer than all (every row shifts), one gone, one that
    // moves down the list.
    writeArchive(content, {
      'feed/5.md': post(5, { body: '<p>量子计算机突破</p>' }),
      'feed/6.md': post(6, { title: '标题改了 quantum' }),
      'feed/new.md': post(1000, { date: '2023-06-01 00:00:00', body: '<p>最新消息：月球基地</p>' }),
      'feed/7.md': post(7, { date: '2021-01-01 00:00:00' }),
    });
    rmSync(join(content, 'feed/8.md'));
    const edited = await cachedBuild();
    // Rows shift: every shard is read.
    expect(notes(edited)).toEqual([expect.stringMatching(new RegExp(`^search index updated: 4 articles re-indexed, ${shards} of ${shards} shards read, \\d+ rewritten$`))]);
    await expectSameAsFresh();
    expect(search('量子计算')).toEqual([post(5).title]);
    expect(search('quantum')).toEqual(['标题改了 quantum']);
    expect(search('月球')).toEqual([post(1000).title]);
    expect(search('编号8号')).toEqual([]);
    // Newest first: the moved post is now the oldest.
    expect(search('编号7号')).toEqual([post(7).title]);
    expect(search('编号').at(-1)).toBe(post(7).title);
  });

  it('reads only the shards of the old and new words when posts change in place', async () => {
    await cachedBuild();
    const { shards } = readJson<SearchMeta>(out, searchMetaPath());
    // Same dates, so no row moves: a new title and a new body.
    writeArchive(content, {
      'feed/10.md': post(10, { title: '第10条 火星探测器' }),
      'feed/11.md': post(11, { body: '<p>深海潜水器下潜万米</p>' }),
    });
    const edited = await cachedBuild();
    const [note] = notes(edited);
    const [, read, rewritten] = /^search index updated: 2 articles re-indexed, (\d+) of \d+ shards read, (\d+) rewritten$/.exec(note)!.map(Number);
    expect(read).toBeLessThan(shards);
    expect(rewritten).toBeGreaterThan(0);
    expect(rewritten).toBeLessThanOrEqual(read);
    await expectSameAsFresh();
    expect(search('火星')).toEqual(['第10条 火星探测器']);
    expect(search('深海潜水')).toEqual([post(11).title]);
    // The words the edits replaced no longer find those posts.
    expect(search(WORDS[10 % WORDS.length])).not.toContain(post(10).title);
    expect(search(`编号11号`)).toEqual([]);
  });

  it('reads only the shards of the words whose postings changed: a word added to a title, a post saved unchanged', async () => {
    await cachedBuild();
    // A word added to one title: the rest of the article's words keep their postings.
    writeArchive(content, { 'feed/20.md': post(20, { title: `${post(20).title} 土星` }) });
    const titled = await cachedBuild();
    const [, read, rewritten] = /^search index updated: 1 articles re-indexed, (\d+) of \d+ shards read, (\d+) rewritten$/.exec(notes(titled)[0])!.map(Number);
    expect(read).toBeGreaterThan(0);
    expect(read).toBeLessThanOrEqual(2);
    expect(rewritten).toBe(read);
    await expectSameAsFresh();
    expect(search('土星')).toEqual([`${post(20).title} 土星`]);

    // The same text saved again (new file times): re-indexed, nothing to read or write.
    writeArchive(content, { 'feed/21.md': post(21) });
    const saved = await cachedBuild();
    expect(notes(saved)).toEqual([expect.stringMatching(/^search index updated: 1 articles re-indexed, 0 of \d+ shards read, 0 rewritten$/)]);
    await expectSameAsFresh();
  });

  it('reads every shard when the text a changed post had before is not known', async () => {
    await cachedBuild();
    const { shards } = readJson<SearchMeta>(out, searchMetaPath());
    const id = readJson<ListPage>(out, 'lists/all/0.json').items.find((item) => item.title === post(12).title)!.id;
    // The article file the build would read the old text from is broken (edited by hand).
    writeFileSync(join(out, articlePath(id)), 'not json');
    writeArchive(content, { 'feed/12.md': post(12, { title: '第12条 冰川融化' }) });
    const edited = await cachedBuild();
    expect(notes(edited)).toEqual([expect.stringMatching(new RegExp(`^search index updated: 1 articles re-indexed, ${shards} of ${shards} shards read, \\d+ rewritten$`))]);
    await expectSameAsFresh();
    expect(search('冰川')).toEqual(['第12条 冰川融化']);
  });

  it('is rebuilt in full, saying why, when the previous index cannot be trusted or needs another shard count', async () => {
    await cachedBuild();
    const before = readJson<SearchMeta>(out, searchMetaPath()).shards;
    writeFileSync(join(out, searchShardPath(3)), '{}');
    const tampered = await cachedBuild();
    expect(notes(tampered)).toEqual(['search index rebuilt in full: data/search/s/3.json is not the file the previous build wrote']);
    await expectSameAsFresh();

    for (let n = 30; n < 120; n++) rmSync(join(content, `feed/${n}.md`), { force: true });
    const shrunk = await cachedBuild();
    const after = readJson<SearchMeta>(out, searchMetaPath()).shards;
    expect(after).toBeLessThan(before);
    expect(notes(shrunk)).toEqual([`search index rebuilt in full: the index now needs ${after} shards, not ${before}`]);
    // Shards beyond the new count are gone (the tree equals a fresh build's).
    await expectSameAsFresh();

    const added: Record<string, PostFixture> = {};
    for (let n = 200; n < 260; n++) added[`feed/${n}.md`] = post(n, { body: `<p>${WORDS.join('，')}${n}</p>` });
    writeArchive(content, added);
    const grown = await cachedBuild();
    const grownTo = readJson<SearchMeta>(out, searchMetaPath()).shards;
    expect(notes(grown)).toEqual([`search index rebuilt in full: the index now needs ${grownTo} shards, not ${after}`]);
    await expectSameAsFresh();
  });
});
