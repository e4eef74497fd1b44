import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateArchive } from './archive-generator.ts';
import { detectQuirks } from './archive/detect-quirks.ts';
import { QUIRKS } from './archive/quirks.ts';
import {
  categoryItems, dateField, frontMatterLines, hashTree, normalisedText, parseArchiveDate, readTree, type TreeFile,
} from './archive/read-tree.ts';

const scratch = mkdtempSync(path.join(tmpdir(), 'archive-generator-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

async function generate(name: string, opts: Omit<Parameters<typeof generateArchive>[0], 'dir'>) {
  const dir = path.join(scratch, name);
  const result = await generateArchive({ dir, ...opts });
  return { dir, result, files: readTree(dir) };
}

const posts = (files: readonly TreeFile[]) => files.filter((f) => f.path.endsWith('.md'));

describe('generateArchive with default options', () => {
  let first: Awaited<ReturnType<typeof generate>>;
  beforeAll(async () => {
    first = await generate('seed7', { count: 1200, seed: 7 });
  });

  it('gives a byte-identical archive for the same seed, and another for another seed', async () => {
    const again = await generate('seed7-again', { count: 1200, seed: 7 });
    const other = await generate('seed8', { count: 1200, seed: 8 });
    expect(hashTree(again.files)).toBe(hashTree(first.files));
    expect(hashTree(other.files)).not.toBe(hashTree(first.files));
  });

  it('writes exactly `count` posts and reports their files and bytes', () => {
    expect(posts(first.files)).toHaveLength(1200);
    expect(first.result.files).toBe(1200);
    expect(first.result.bytes).toBe(first.files.reduce((sum, f) => sum + f.bytes.length, 0));
  });

  it('starts every post with a blank line and a closed --- block with title, categories, author, comments and date', () => {
    for (const f of first.files) {
      const text = normalisedText(f.bytes);
      expect(text.startsWith('\n---\n'), f.path).toBe(true);
      const lines = frontMatterLines(text);
      expect(lines, f.path).not.toBeNull();
      for (const key of ['title:', 'categories:', 'author: ', 'comments: false', 'date: ']) {
        expect(lines!.some((l) => l.startsWith(key)), `${f.path} ${key}`).toBe(true);
      }
    }
  });

  it('writes no raw brace anywhere, only &#123; and &#125;', () => {
    const withBraces = first.files.filter((f) => /[{}]/.test(f.bytes.toString('utf8')));
    expect(withBraces.map((f) => f.path)).toEqual([]);
    expect(first.files.some((f) => f.bytes.toString('utf8').includes('&#123;'))).toBe(true);
  });

  it('uses the four folder layouts of the real archives', () => {
    const layouts = new Set(first.files.map((f) => {
      const depth = f.path.split('/').length;
      if (f.path.startsWith('source/_posts/')) return depth === 6 ? 'source/_posts/<cat>/<source>/<feed>/T' : 'other';
      if (depth === 3) return 'post/<cat>/T';
      if (depth === 4) return 'post/<cat>/<source - feed>/T';
      if (depth === 5) return 'post/<cat>/<source>/<feed>/T';
      return 'other';
    }));
    expect([...layouts].sort()).toEqual([
      'post/<cat>/<source - feed>/T', 'post/<cat>/<source>/<feed>/T', 'post/<cat>/T', 'source/_posts/<cat>/<source>/<feed>/T',
    ]);
  });

  it('writes categories of 1, 2 and 3 levels, never more', () => {
    const levels = new Set<number>();
    for (const f of first.files) {
      const items = categoryItems(frontMatterLines(normalisedText(f.bytes))!);
      levels.add(items.filter((c) => c !== null && c !== "''").length);
    }
    expect([...levels].sort()).toEqual([1, 2, 3]);
  });

  it('dates posts across the default span (5 years ending 2026-06-30), in both formats', () => {
    const values = first.files.map((f) => dateField(frontMatterLines(normalisedText(f.bytes))!)!);
    const dated = values.filter((v) => v !== 'Invalid Date').map(parseArchiveDate);
    expect(dated.filter(Number.isNaN)).toEqual([]);
    const min = Math.min(...dated);
    const max = Math.max(...dated);
    expect(min).toBeGreaterThanOrEqual(Date.parse('2021-07-01T00:00:00Z'));
    expect(min).toBeLessThan(Date.parse('2021-08-01T00:00:00Z'));
    expect(max).toBeLessThanOrEqual(Date.parse('2026-06-30T23:59:59Z'));
    expect(max).toBeGreaterThan(Date.parse('2026-06-01T00:00:00Z'));
    const rfc = values.filter((v) => v.endsWith(' GMT')).length;
    const naive = values.filter((v) => /^\d{4}-/.test(v)).length;
    expect(rfc / values.length).toBeGreaterThan(0.4);
    expect(naive / values.length).toBeGreaterThan(0.3);
  });

  it('gives a few % of posts a quirk, and every kind of quirk appears', () => {
    const perPost = first.files.map((f) => {
      const q = detectQuirks(f.bytes);
      // These two also occur naturally (posts without an image), so they do not count here.
      q.delete('empty-thumbnail');
      q.delete('bare-thumbnail');
      return q;
    });
    const share = perPost.filter((q) => q.size > 0).length / perPost.length;
    expect(share).toBeGreaterThan(0.03);
    expect(share).toBeLessThan(0.2);
    const seen = new Set(first.files.flatMap((f) => [...detectQuirks(f.bytes)]));
    expect([...seen].sort()).toEqual([...QUIRKS].sort());
  });

  it('uses remote image URLs when no local images are asked for', () => {
    expect(first.files.some((f) => f.path.startsWith('images/'))).toBe(false);
    expect(first.files.some((f) => f.bytes.toString('utf8').includes('src="https://img.example.com/news/'))).toBe(true);
  });
});

describe('generateArchive options', () => {
  it('writes no quirk when quirks is false', async () => {
    const { files } = await generate('plain', { count: 600, seed: 3, quirks: false });
    const quirky = files.filter((f) => {
      const q = detectQuirks(f.bytes);
      q.delete('empty-thumbnail');
      q.delete('bare-thumbnail');
      return q.size > 0;
    });
    expect(quirky.map((f) => f.path)).toEqual([]);
  });

  it('keeps dates inside startDate + years', async () => {
    const { files } = await generate('span', { count: 300, seed: 5, startDate: '2024-01-01', years: 1, quirks: false });
    const dates = files.map((f) => parseArchiveDate(dateField(frontMatterLines(normalisedText(f.bytes))!)!));
    expect(Math.min(...dates)).toBeGreaterThanOrEqual(Date.parse('2024-01-01T00:00:00Z'));
    expect(Math.max(...dates)).toBeLessThan(Date.parse('2025-01-01T00:00:00Z'));
  });

  it('spreads posts over the requested number of feeds', async () => {
    const { files } = await generate('feeds', { count: 400, seed: 9, feeds: 5, quirks: false });
    const feeds = new Set(files.map((f) => categoryItems(frontMatterLines(normalisedText(f.bytes))!).join('|')));
    expect(feeds.size).toBeLessThanOrEqual(5);
    expect(feeds.size).toBeGreaterThanOrEqual(4);
  });

  it('writes local PNGs and references only images that exist', async () => {
    const { files, result } = await generate('images', { count: 200, seed: 11, withImages: true });
    const images = files.filter((f) => f.path.startsWith('images/'));
    expect(images).toHaveLength(48);
    expect(result.files).toBe(248);
    for (const img of images) {
      expect(img.bytes.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
      expect(img.bytes.length).toBeLessThan(12_000);
    }
    const names = new Set(images.map((f) => `/${f.path}`));
    const refs = posts(files).flatMap((f) => [...f.bytes.toString('utf8').matchAll(/(?:src|data-src|thumbnail|headimg)[=:] ?["']?(\/images\/[^"'\s>]+)/g)].map((m) => m[1]));
    expect(refs.length).toBeGreaterThan(150);
    expect(refs.filter((r) => !names.has(r))).toEqual([]);
    expect(posts(files).some((f) => f.bytes.toString('utf8').includes('img.example.com'))).toBe(false);
  });
});
