import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Article, BundleIndex, CategoryNode, ContentReport, DayFacets, ListDays, ListIndex, ListPage } from '../../bundle/schema.ts';
import { baseCategoryKey } from '../bundle/article-id.ts';
import { buildArchive, type BuildOptions, type BuildResult } from './build-archive.ts';
import { readJson, tempDir, treeHashes, writeArchive, type PostFixture } from '../util/test-archive.ts';

const FIXTURE: Record<string, PostFixture | string> = {
  '金融/a.md': { title: 'A', date: '2021-12-24 08:07:41', categories: ['金融', '新浪财经', '国内'] },
  // 20:00 UTC is already the next day in Asia/Shanghai.
  '金融/b.md': { title: 'B', date: '2021-12-24 20:00:00', categories: ['金融', '新浪财经', '国内'] },
  '金融/c.md': { title: 'C', date: '2022-01-01 00:00:00', categories: ['金融', '新浪财经', '港股'] },
  '金融/h.md': { title: 'H', date: '2022-01-01 00:00:00', categories: ['金融', '新浪财经', '港股'] },
  '金融/d.md': { title: 'D', date: '2021-06-01 12:00:00', categories: ['金融', '财新'] },
  '二次元/e.md': { title: 'E', categories: ['二次元'] },
  'f.md': { title: 'F', date: '2020-01-01 00:00:00' },
  'g.md': 'just some text, no front matter\n',
  'twins/caf\u00e9.md': { title: 'NFC', date: '2023-05-05 10:00:00', categories: ['其他'] },
  'twins/cafe\u0301.md': { title: 'NFD', date: '2023-05-05 10:00:00', categories: ['其他'] },
  'img/photo.png': 'not really a png',
  'img/logo.svg': '<svg/>',
};

// base32(sha256(path))[0..10], checked against Python's hashlib + base64.b32encode.
const ids = {
  a: 'o75njnii75', b: 'ipepfxonj4', c: 'niluiaj5x4', h: 'uhecimplvh', d: 'zxfkwrmg5u', e: 'mrait7cu5n', f: '6kpn6fk6jh',
};

function options(contentDir: string, outDir: string, workers = 0): BuildOptions {
  return {
    contentDir, outDir, workers,
    sourceTimeZone: 'UTC', archiveTimeZone: 'Asia/Shanghai', siteTitle: '测试存档', assetBase: '/data/assets/',
  };
}

function shape(nodes: CategoryNode[]): string {
  return nodes.map((n) => `${n.name}(${n.count})${n.children.length ? `[${shape(n.children)}]` : ''}`).join(' ');
}

describe('buildArchive on a small archive', () => {
  const root = tempDir('build');
  const content = join(root, 'content');
  const out = join(root, 'out');
  let result: BuildResult;
  beforeAll(async () => {
    writeArchive(content, FIXTURE);
    result = await buildArchive(options(content, out));
  });
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('derives each id from the path alone', () => {
    const byTitle = new Map(result.report.files.map((f) => [f.title, f.id]));
    const id = (title: string) => byTitle.get(title);
    expect({ a: id('A'), b: id('B'), c: id('C'), h: id('H'), d: id('D'), e: id('E'), f: id('F') }).toEqual(ids);
  });

  it('reports every file, sorted by path, with status and reasons', () => {
    const report: ContentReport = result.report;
    expect(report.summary).toEqual({ files: 10, ok: 6, warning: 3, skipped: 1 });
    expect(report.files.map((f) => [f.path, f.status])).toEqual([
      ['f.md', 'ok'],
      ['g.md', 'skipped'],
      ['twins/café.md', 'warning'],
      ['twins/café.md', 'warning'],
      ['二次元/e.md', 'warning'],
      ['金融/a.md', 'ok'],
      ['金融/b.md', 'ok'],
      ['金融/c.md', 'ok'],
      ['金融/d.md', 'ok'],
      ['金融/h.md', 'ok'],
    ]);
    const g = report.files[1];
    expect(g).toEqual({
      path: 'g.md', status: 'skipped', id: null, title: null, date: null, category: [],
      messages: ["no front matter (expected a '---' block at the top)"],
      codes: ['front-matter-missing'],
    });
    expect(report.files[4].messages).toEqual(['date is missing; article kept as undated']);
    expect(report.files[5]).toEqual({
      path: '金融/a.md', status: 'ok', id: ids.a, title: 'A', date: '2021-12-24T08:07:41.000Z',
      category: ['金融', '新浪财经', '国内'], messages: [], codes: [],
    });
  });

  it('gives NFC/NFD twins distinct longer ids and tells both', () => {
    const twins = result.report.files.filter((f) => f.path === 'twins/café.md');
    expect(twins.map((t) => t.title)).toEqual(['NFD', 'NFC']); // raw NFD 'e\u0301' sorts before NFC 'é'
    expect(twins[0].id).toMatch(/^[a-z2-7]{16}$/);
    expect(twins[1].id).toMatch(/^[a-z2-7]{16}$/);
    expect(twins[0].id).not.toBe(twins[1].id);
    for (const twin of twins) {
      expect(twin.messages).toEqual([
        'another file has the same path once Unicode-normalized (NFC); both got longer ids to stay unique',
      ]);
      const article = readJson<Article>(out, `articles/${twin.id!.slice(0, 2)}/${twin.id}.json`);
      expect(article.title).toBe(twin.title);
      expect(article.source).toBe('twins/café.md');
    }
  });

  it('writes the index: totals, tree with counts at every level, per-day counts in the archive zone', () => {
    const index = readJson<BundleIndex>(out, 'index.json');
    expect(index).toMatchObject({
      version: 1, site: { title: '测试存档', timeZone: 'Asia/Shanghai' }, total: 9, undated: 1, uncategorized: 1,
      newest: '2023-05-05T10:00:00.000Z', oldest: '2020-01-01T00:00:00.000Z', pageSize: 100,
    });
    expect(shape(index.categories)).toBe('二次元(1) 其他(2) 金融(5)[新浪财经(4)[国内(2) 港股(2)] 财新(1)]');
    expect(index.days).toEqual([
      ['2020-01-01', 1], ['2021-06-01', 1], ['2021-12-24', 1], ['2021-12-25', 1], ['2022-01-01', 2], ['2023-05-05', 2],
    ]);
  });

  it('lists all articles newest first, equal dates by id, undated last', () => {
    const page = readJson<ListPage>(out, 'lists/all/0.json');
    const titles = page.items.map((item) => item.title);
    expect(titles.slice(2)).toEqual(['C', 'H', 'B', 'A', 'D', 'F', 'E']); // ids.c < ids.h
    expect(new Set(titles.slice(0, 2))).toEqual(new Set(['NFC', 'NFD']));
    expect(page).toMatchObject({ list: 'all', page: 0, pages: 1, total: 9 });
    expect(readJson<ListIndex>(out, 'lists/all/index.json')).toEqual({
      list: 'all', total: 9, pageSize: 100, pages: [['2023-05-05', '2020-01-01']],
    });
  });

  it('lists each category node with its descendants, and keys the article by its deepest node', () => {
    const titles = (path: string[]) =>
      readJson<ListPage>(out, `lists/${baseCategoryKey(path)}/0.json`).items.map((item) => item.title);
    expect(titles(['金融'])).toEqual(['C', 'H', 'B', 'A', 'D']);
    expect(titles(['金融', '新浪财经'])).toEqual(['C', 'H', 'B', 'A']);
    expect(titles(['金融', '新浪财经', '港股'])).toEqual(['C', 'H']);
    expect(titles(['二次元'])).toEqual(['E']);
    const a = readJson<Article>(out, `articles/${ids.a.slice(0, 2)}/${ids.a}.json`);
    expect(a).toMatchObject({
      id: ids.a, title: 'A', date: '2021-12-24T08:07:41.000Z', day: '2021-12-24',
      category: baseCategoryKey(['金融', '新浪财经', '国内']), categoryPath: ['金融', '新浪财经', '国内'],
      author: '测试', source: '金融/a.md', hero: false,
    });
    expect(Object.keys(a)).toEqual([
      'id', 'title', 'date', 'day', 'category', 'author', 'thumb', 'excerpt', 'categoryPath', 'html', 'hero', 'source',
    ]);
  });

  it('writes each list\'s per-day counts, and each node\'s own counts in facets/days.json', () => {
    const jin = baseCategoryKey(['金融']);
    expect(readJson<ListDays>(out, `lists/${jin}/days.json`)).toEqual({
      list: jin, total: 5, undated: 0,
      days: [['2021-06-01', 1], ['2021-12-24', 1], ['2021-12-25', 1], ['2022-01-01', 2]],
    });
    expect(readJson<ListDays>(out, 'lists/all/days.json')).toMatchObject({ list: 'all', total: 9, undated: 1 });
    const facets = readJson<DayFacets>(out, 'facets/days.json');
    expect(facets.days).toEqual(['2020-01-01', '2021-06-01', '2021-12-24', '2021-12-25', '2022-01-01', '2023-05-05']);
    // Each node's own articles only: 金融 has none of its own; 新浪财经/港股 has C and H.
    expect(facets.counts).toEqual({
      [baseCategoryKey(['金融', '新浪财经', '国内'])]: [2, 1, 1, 1],
      [baseCategoryKey(['金融', '新浪财经', '港股'])]: [4, 2],
      [baseCategoryKey(['金融', '财新'])]: [1, 1],
      [baseCategoryKey(['其他'])]: [5, 2],
    });
    expect(facets.undated).toEqual({ [baseCategoryKey(['二次元'])]: 1 });
  });

  it('copies images into assets/ but not svg', () => {
    expect(readFileSync(join(out, 'assets/img/photo.png'), 'utf8')).toBe('not really a png');
    expect(existsSync(join(out, 'assets/img/logo.svg'))).toBe(false);
  });

  it('clears files left in the output folder by an earlier build', async () => {
    writeFileSync(join(out, 'stale.json'), '{}');
    await buildArchive(options(content, out));
    expect(existsSync(join(out, 'stale.json'))).toBe(false);
  });
});

describe('buildArchive output is reproducible', () => {
  const root = tempDir('repro');
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('is byte-identical for the same archive in two folders, written in opposite orders, with 0 and 2 workers', async () => {
    const first = join(root, 'one', 'content');
    const second = join(root, 'two', 'elsewhere', 'content');
    writeArchive(first, FIXTURE);
    writeArchive(second, Object.fromEntries(Object.entries(FIXTURE).reverse()));
    await buildArchive(options(first, join(root, 'one', 'out'), 0));
    await buildArchive(options(second, join(root, 'two', 'out'), 2));
    const one = treeHashes(join(root, 'one', 'out'));
    expect(Object.keys(one)).toHaveLength(1 + 9 + 3 * (1 + 7) + 1 + 1); // index, articles, 8 lists (index, page, days), facets, 1 image
    expect(treeHashes(join(root, 'two', 'out'))).toEqual(one);
    const index = readFileSync(join(root, 'one', 'out', 'index.json'), 'utf8');
    expect(index).not.toContain(root);
  });
});

describe('buildArchive pages', () => {
  const root = tempDir('pages');
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('cuts lists into pages of 100, dated newest first then undated by id', async () => {
    const files: Record<string, PostFixture> = {};
    for (let i = 0; i < 200; i++) {
      const day = String(1 + Math.floor(i / 10)).padStart(2, '0');
      files[`p/${String(i).padStart(3, '0')}.md`] = { title: `P${i}`, date: `2024-03-${day} ${String(i % 10).padStart(2, '0')}:00:00`, categories: ['多'] };
    }
    for (let i = 0; i < 5; i++) files[`u/${i}.md`] = { title: `U${i}`, categories: ['多'] };
    writeArchive(join(root, 'content'), files);
    const out = join(root, 'out');
    await buildArchive(options(join(root, 'content'), out));

    const key = baseCategoryKey(['多']);
    expect(readJson<ListIndex>(out, `lists/${key}/index.json`)).toEqual({
      list: key, total: 205, pageSize: 100,
      pages: [['2024-03-20', '2024-03-11'], ['2024-03-10', '2024-03-01'], [null, null]],
    });
    const pages = [0, 1, 2].map((n) => readJson<ListPage>(out, `lists/${key}/${n}.json`));
    expect(pages.map((p) => p.items.length)).toEqual([100, 100, 5]);
    expect(pages[0].items[0].title).toBe('P199');
    expect(pages[1].items[99].title).toBe('P0');
    const undated = pages[2].items.map((item) => item.id);
    expect(undated).toEqual([...undated].sort());
    expect(pages[2]).toMatchObject({ list: key, page: 2, pages: 3, total: 205 });
    expect(existsSync(join(out, 'lists/all/2.json'))).toBe(true);
  });
});

describe('bundle steps', () => {
  it('run after the bundle is written, see the articles newest first, and report their problems', async () => {
    const root = tempDir('steps');
    const content = join(root, 'content');
    const out = join(root, 'out');
    writeArchive(content, FIXTURE);
    const seen: { titles: string[]; indexWritten: boolean; total: number; changed: ReadonlySet<string> | null }[] = [];
    const result = await buildArchive({
      ...options(content, out),
      steps: [
        {
          name: 'probe',
          async run(bundle) {
            seen.push({
              titles: bundle.articles.map((summary) => summary.title),
              indexWritten: existsSync(join(bundle.outDir, 'index.json')),
              total: bundle.index.total,
              changed: bundle.changed,
            });
            await bundle.writer.write('probe.txt', 'made by a step');
            return [{ path: 'probe.txt', status: 'warning', id: null, title: null, date: null, category: [], messages: ['probe problem'], codes: ['search-unindexed'] }];
          },
        },
      ],
    });
    const allList = readJson<ListPage>(out, 'lists/all/0.json').items.map((summary) => summary.title);
    rmSync(root, { recursive: true, force: true });
    expect(allList).toHaveLength(9);
    expect(seen).toEqual([{ titles: allList, indexWritten: true, total: 9, changed: null }]);
    expect(result.phases.probe).toBeGreaterThanOrEqual(0);
    expect(result.report.files.find((file) => file.path === 'probe.txt')?.messages).toEqual(['probe problem']);
  });
});
