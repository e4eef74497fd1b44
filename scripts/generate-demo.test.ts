import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { detectQuirks } from './archive/detect-quirks.ts';
import { QUIRKS } from './archive/quirks.ts';
import {
  categoryItems, dateField, frontMatterLines, hashTree, normalisedText, parseArchiveDate, readTree, type TreeFile,
} from './archive/read-tree.ts';
import { generateDemo } from './generate-demo.ts';

const contentDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../content');
const scratch = mkdtempSync(path.join(tmpdir(), 'demo-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('the committed demo archive (content/)', () => {
  let committed: TreeFile[];
  const text = (p: string) => normalisedText(committed.find((f) => f.path === p)!.bytes);
  beforeAll(() => {
    committed = existsSync(contentDir) ? readTree(contentDir) : [];
  });

  it('is exactly what generate-demo.ts writes (run `npm run demo:generate` after changing the generator)', async () => {
    await generateDemo(scratch);
    const fresh = readTree(scratch);
    expect(committed.map((f) => f.path)).toEqual(fresh.map((f) => f.path));
    expect(hashTree(committed)).toBe(hashTree(fresh));
  });

  it('holds at least 160 posts, local images only, in well under 5 MB', () => {
    const posts = committed.filter((f) => f.path.endsWith('.md'));
    expect(posts.length).toBeGreaterThanOrEqual(160);
    expect(committed.filter((f) => !f.path.endsWith('.md')).every((f) => /^images\/[\w-]+\.png$/.test(f.path))).toBe(true);
    expect(committed.reduce((sum, f) => sum + f.bytes.length, 0)).toBeLessThan(2 * 1024 * 1024);
    expect(posts.some((f) => f.bytes.toString('utf8').includes('//img.example.com'))).toBe(false);
    expect(posts.some((f) => !f.bytes.toString('utf8').includes('<img'))).toBe(true);
  });

  it('references only images that exist in content/images', () => {
    const images = new Set(committed.filter((f) => f.path.startsWith('images/')).map((f) => `/${f.path}`));
    const refs = committed.flatMap((f) => [...f.bytes.toString('utf8').matchAll(/\/images\/[\w-]+\.png/g)].map((m) => m[0]));
    expect(refs.length).toBeGreaterThan(100);
    expect(refs.filter((r) => !images.has(r))).toEqual([]);
  });

  it('shows every quirk of the real archives', () => {
    const seen = new Set(committed.flatMap((f) => (f.path.endsWith('.md') ? [...detectQuirks(f.bytes)] : [])));
    expect([...seen].sort()).toEqual([...QUIRKS].sort());
  });

  it('has at least 4 top-level categories with 3-level paths, plus 1- and 2-level paths', () => {
    const paths = committed
      .filter((f) => f.path.endsWith('.md'))
      .map((f) => frontMatterLines(normalisedText(f.bytes)))
      .filter((lines): lines is string[] => lines !== null)
      .map((lines) => categoryItems(lines).filter((c): c is string => c !== null && c !== "''"));
    const topWithThree = new Set(paths.filter((p) => p.length === 3).map((p) => p[0]));
    expect(topWithThree.size).toBeGreaterThanOrEqual(4);
    expect(topWithThree.has('科技/互联网')).toBe(true);
    expect(paths.some((p) => p.length === 1)).toBe(true);
    expect(paths.some((p) => p.length === 2)).toBe(true);
  });

  it('spreads dates over Jan 2024 – Oct 2025, with several posts on some days', () => {
    const dates = committed
      .map((f) => frontMatterLines(normalisedText(f.bytes)))
      .filter((lines): lines is string[] => lines !== null)
      .map((lines) => parseArchiveDate(dateField(lines) ?? ''))
      .filter((d) => !Number.isNaN(d));
    expect(Math.min(...dates)).toBeLessThan(Date.parse('2024-02-01T00:00:00Z'));
    expect(Math.max(...dates)).toBeGreaterThan(Date.parse('2025-09-01T00:00:00Z'));
    const perDay = new Map<string, number>();
    for (const d of dates) {
      const day = new Date(d + 8 * 3_600_000).toISOString().slice(0, 10);
      perDay.set(day, (perDay.get(day) ?? 0) + 1);
    }
    expect(Math.max(...perDay.values())).toBeGreaterThanOrEqual(3);
  });

  it('has the hand-written posts the reader must handle', () => {
    const unsafe = text('source/_posts/科技/星河科技/首页/安全测试：这篇正文里藏着脚本和危险链接.md');
    expect(unsafe).toContain('<script>alert(1)</script>');
    expect(unsafe).toContain('<img src=x onerror="window.__xss=1">');
    expect(unsafe).toContain('<a href="javascript:alert(1)">');
    expect(unsafe).toContain('<iframe src="https://www.youtube.com/embed/xyz"');
    expect(text(`post/设计/像素工坊/作品集/"""""""'他说"明天见"，她回'好的''""""""".md`))
      .toContain(`title: """""""'他说"明天见"，她回'好的''"""""""\n`);
    expect(text(`source/_posts/财经/蓝鲸财讯/7x24 快讯/"降息"还是'观望'？市场分歧加大.md`))
      .toContain(`title: "\\"降息\\"还是'观望'？市场分歧加大"\n`);
    expect(text('source/_posts/财经/蓝鲸财讯/7x24 快讯/这篇快讯的日期丢失了.md')).toContain('\ndate: Invalid Date\n');
    expect(text('post/阅读/.md')).toContain('\ntitle:  \n');
    expect(text('source/_posts/科技_互联网/云端观察/头条/分类名里带斜杠：科技_互联网 是一个分类，不是两级.md'))
      .toContain('categories: \n - 科技/互联网\n - 云端观察\n - 头条\n');
    expect(text('source/_posts/科技_互联网/云端观察/头条/涨幅达 35% 的 #开源# 项目盘点.md')).toContain("title: '涨幅达 35% 的 #开源# 项目盘点'");
    const long = text('source/_posts/科技/星河科技/首页/城市轨道交通十年：从两条线到一张网.md');
    for (const tag of ['<h2>', '<h3>', '<table', '<ol>', '<ul>', '<blockquote>']) expect(long).toContain(tag);
    expect(text('post/传统媒体/Harbor district opens a night library for shift workers.md')).toContain('night library');
    expect(text('source/_posts/摄影/イラスト速報/新着/駅前の小さな本屋が開店十周年.md')).toContain('十周年');
    expect(text('post/影音/한빛 뉴스 - 인기/도심 속 작은 도서관, 주말 야간 개방 시작.md')).toContain('도서관');
  });

  it('has two broken files: one without front matter, one whose front matter never closes', () => {
    expect(frontMatterLines(text('post/阅读/没有前言的文章.md'))).toBeNull();
    expect(text('post/阅读/没有前言的文章.md')).not.toContain('---');
    const unclosed = text('source/_posts/财经/蓝鲸财讯/7x24 快讯/前言没有结束.md');
    expect(unclosed.startsWith('\n---\n')).toBe(true);
    expect(unclosed.indexOf('---', 5)).toBe(-1);
  });
});
