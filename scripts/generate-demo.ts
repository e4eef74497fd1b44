/**
 * Writes the demo archive committed in `content/` (`npm run demo:generate`): about 180 posts
 * from the seeded generator over Jan 2024 – Oct 2025, every quirk of the real archives at
 * least twice, hand-written posts for the cases the reader must get right, two broken
 * files, and local PNG images so the demo works offline. Running it twice gives
 * byte-identical files.
 */
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { brokenDemoFiles, demoPosts, type DemoFeeds } from './archive/demo-posts.ts';
import type { Feed } from './archive/feeds.ts';
import { localImages, writeLocalImages } from './archive/images.ts';
import { buildPost, createPostContext } from './archive/post.ts';
import { QUIRKS } from './archive/quirks.ts';
import { WritePool } from './archive/write-pool.ts';

const DEMO_SEED = 20240101;
/** Generated posts; the hand-written ones come on top. */
const GENERATED_POSTS = 170;
/** Ends 2025-10-31 23:59:59 in Asia/Shanghai, the reader's default zone. */
const SPAN = { startMs: Date.parse('2024-01-01T00:00:00Z'), endMs: Date.parse('2025-10-31T15:59:59Z') };

const feed = (category: string, source: string, name: string, layout: Feed['layout'], depth: Feed['depth'], lang: Feed['lang'] = 'zh'): Feed =>
  ({ category, source, feed: name, layout, depth, lang });

const special: Omit<DemoFeeds, 'traditional'> = {
  tech: feed('科技', '星河科技', '首页', 'source-posts', 3),
  internet: feed('科技/互联网', '云端观察', '头条', 'source-posts', 3),
  finance: feed('财经', '蓝鲸财讯', '7x24 快讯', 'source-posts', 3),
  reading: feed('阅读', '青柠书评', '首页', 'post-cat', 1),
  english: feed('传统媒体', 'Harbor Times', 'World', 'post-cat', 2, 'en'),
  japanese: feed('摄影', 'イラスト速報', '新着', 'source-posts', 3, 'ja'),
  korean: feed('影音', '한빛 뉴스', '인기', 'post-cat-sourcefeed', 2, 'ko'),
  design: feed('设计', '像素工坊', '作品集', 'post-cat-source-feed', 3),
};

/** Hand-written posts only (see demo-posts.ts), so the generated posts stay as they were. */
const traditional = feed('传统媒体', '港灣日報', '港聞', 'source-posts', 3);

/** Feeds of the generated posts: 1-, 2- and 3-level paths, all four layouts, four languages. */
export const DEMO_FEEDS: readonly Feed[] = [
  ...Object.values<Feed>(special),
  feed('科技', '晨光日报', '快讯', 'source-posts', 3),
  feed('科技', '码农周刊', '每周精选', 'post-cat-source-feed', 3),
  feed('科技', 'Pixel Daily', 'Latest', 'post-cat-sourcefeed', 2, 'en'),
  feed('财经', '北辰观察', '头条', 'post-cat', 2),
  feed('财经', '锦程研究', '专栏', 'post-cat-source-feed', 3),
  feed('传统媒体', '雾都晚报', '新闻', 'source-posts', 3),
  feed('传统媒体', '海风电台', '最新消息', 'post-cat-sourcefeed', 2),
  feed('游戏', '山海游戏', '评测', 'source-posts', 3),
  feed('游戏', '千帆互娱', '公告', 'post-cat', 1),
  feed('设计', '松果设计', '推荐', 'post-cat-sourcefeed', 2),
  feed('阅读', '砚台书房', '新书', 'source-posts', 3),
  feed('影音', '远山电台', '节目更新', 'post-cat', 2),
];

export async function generateDemo(dir: string): Promise<{ files: number; bytes: number }> {
  // Only the generated folders are cleared, never the folder itself.
  for (const sub of ['post', 'source', 'images']) await rm(path.join(dir, sub), { recursive: true, force: true });
  const ctx = createPostContext({ seed: DEMO_SEED, feeds: DEMO_FEEDS, images: localImages, quirks: true, span: SPAN });
  const pool = new WritePool(dir);
  // Hand-written posts first, so their file names are never taken by a generated post.
  const feeds: DemoFeeds = { ...special, traditional };
  for (const post of demoPosts(feeds, ctx.paths)) await pool.write(post.path, post.text);
  for (const post of brokenDemoFiles(feeds)) await pool.write(post.path, post.text);
  for (let i = 0; i < GENERATED_POSTS; i++) {
    // The first posts carry each quirk in turn (twice over), so the demo shows them all.
    const forced = i < QUIRKS.length * 2 ? [QUIRKS[i % QUIRKS.length]] : undefined;
    const post = buildPost(ctx, i, forced);
    await pool.write(post.path, post.text);
  }
  await pool.drain();
  const images = await writeLocalImages(dir);
  return { files: pool.files + images.files, bytes: pool.bytes + images.bytes };
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const dir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../content');
  const { files, bytes } = await generateDemo(dir);
  process.stdout.write(`demo archive: ${files} files, ${(bytes / 1024).toFixed(0)} KiB in ${dir}\n`);
}
