/**
 * Issue 5, "Bad input": an archive with a 5 MB post, a big feed folder and a category level
 * 2,000 nodes wide builds, and the report and the tree say what became of them. Sizes are
 * cut down here (the 20,000-post folder is in `npm run bench -- --sizes stress`).
 */
import { readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateStressArchive, type StressArchive } from '../../../scripts/archive/stress.ts';
import type { BundleIndex, CategoryNode } from '../../bundle/schema.ts';
import { buildArchive, type BuildResult } from './build-archive.ts';
import { MAX_BODY_LENGTH } from '../process/post/parse-post.ts';
import { tempDir } from '../util/test-archive.ts';

const child = (nodes: CategoryNode[], name: string) => nodes.find((n) => n.name === name);

describe('a stress archive (5 MB post, big folder, 2,000-wide level)', () => {
  const root = tempDir('stress');
  const content = join(root, 'content');
  const out = join(root, 'out');
  let archive: StressArchive;
  let result: BuildResult;
  let index: BundleIndex;
  beforeAll(async () => {
    archive = await generateStressArchive({
      dir: content, seed: 7, folderPosts: 300, wideFeeds: 2_000, widePosts: 2_500, normalPosts: 50,
    });
    result = await buildArchive({
      contentDir: content, outDir: out, workers: 0,
      sourceTimeZone: 'UTC', archiveTimeZone: 'Asia/Shanghai', siteTitle: '压力测试', assetBase: '/data/assets/',
    });
    index = JSON.parse(readFileSync(join(out, 'index.json'), 'utf8')) as BundleIndex;
  }, 120_000);
  afterAll(() => rmSync(root, { recursive: true, force: true }), 60_000);

  it('keeps the 5 MB post, cut to the body limit, and the report names it with the reason', () => {
    expect(statSync(join(content, archive.hugePost)).size).toBeGreaterThanOrEqual(5 * 1024 * 1024);
    const entry = result.report.files.find((f) => f.path === archive.hugePost);
    expect(entry?.status).toBe('warning');
    const cut = entry!.messages.find((m) => m.startsWith('body is '));
    expect(cut).toMatch(/^body is \d+ characters long; only the first \d+ were kept$/);
    const [total, kept] = cut!.match(/\d+/g)!.map(Number);
    expect(total).toBeGreaterThan(MAX_BODY_LENGTH);
    expect(kept).toBeLessThanOrEqual(MAX_BODY_LENGTH);
    expect(kept).toBeGreaterThan(MAX_BODY_LENGTH - 1_000);
  });

  it('has a level of 2,000 sibling nodes, each counting the posts in its folder', () => {
    const [category, source] = archive.wide.categories;
    const level = child(child(index.categories, category)!.children, source)!;
    expect(level.children).toHaveLength(2_000);
    // The folders on disk, not the generator's rule, say how many posts each feed has.
    const onDisk = new Map<string, number>();
    for (const feed of readdirSync(join(content, 'post', category, source))) {
      onDisk.set(feed, readdirSync(join(content, 'post', category, source, feed)).length);
    }
    expect(onDisk.size).toBe(2_000);
    expect(Object.fromEntries(level.children.map((n) => [n.name, n.count]))).toEqual(Object.fromEntries(onDisk));
    expect(level.count).toBe(2_500);
    expect(new Set(level.children.map((n) => n.key)).size).toBe(2_000);
  });

  it('lists every post of the big folder under its three-level node', () => {
    const [category, source, feed] = archive.folder.categories;
    const node = child(child(child(index.categories, category)!.children, source)!.children, feed)!;
    expect(node.count).toBe(readdirSync(join(content, archive.folder.path)).length);
    expect(node.count).toBe(300);
  });
});
