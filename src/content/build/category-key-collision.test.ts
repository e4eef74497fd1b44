import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import type { Article, BundleIndex, ListPage } from '../../bundle/schema.ts';
import { buildArchive } from './build-archive.ts';
import { readJson, tempDir, writeArchive } from '../util/test-archive.ts';

// Two category paths whose short keys collide: forced by making every short hash the same.
vi.mock('../util/hash-base32.ts', async (importOriginal) => {
  const real = await importOriginal<typeof import('../util/hash-base32.ts')>();
  return {
    hashBase32: (text: string, length: number) =>
      length === 10 && text.startsWith('["') ? 'samesamesa' : real.hashBase32(text, length),
  };
});

describe('category key collision', () => {
  const root = tempDir('ckey');
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('lengthens both keys and fixes the category already written into the article files', async () => {
    writeArchive(join(root, 'content'), {
      'a.md': { title: 'A', date: '2022-01-01 00:00:00', categories: ['甲'] },
      'b.md': { title: 'B', date: '2022-01-02 00:00:00', categories: ['乙'] },
    });
    const out = join(root, 'out');
    const { report } = await buildArchive({
      contentDir: join(root, 'content'), outDir: out, workers: 0,
      sourceTimeZone: 'UTC', archiveTimeZone: 'UTC', siteTitle: 't', assetBase: '/data/assets/',
    });
    const keys = readJson<BundleIndex>(out, 'index.json').categories.map((node) => node.key);
    expect(keys).toHaveLength(2);
    expect(keys[0]).toMatch(/^c[a-z2-7]{16}$/);
    expect(keys[1]).toMatch(/^c[a-z2-7]{16}$/);
    expect(keys[0]).not.toBe(keys[1]);
    const [b, a] = readJson<ListPage>(out, 'lists/all/0.json').items;
    expect([a.title, a.category, b.title, b.category]).toEqual(['A', keys[1], 'B', keys[0]]); // 乙 < 甲
    const idOf = (title: string) => report.files.find((file) => file.title === title)!.id!;
    expect(readJson<Article>(out, `articles/${idOf('A').slice(0, 2)}/${idOf('A')}.json`).category).toBe(keys[1]);
    expect(readJson<ListPage>(out, `lists/${keys[1]}/0.json`).items.map((item) => item.title)).toEqual(['A']);
  });
});
