/**
 * A seeded "bad input" archive (issue 5): the shapes that strain the build and the UI, next to
 * some normal posts. Separate from `generateArchive`, whose seeds and sizes stay unchanged.
 *
 * - one post whose body is `hugeBodyBytes` (default 5 MiB) of HTML;
 * - one feed folder holding `folderPosts` posts (default 20,000), three category levels;
 * - one source with `wideFeeds` sibling feeds (default 2,000), each in its own folder,
 *   `widePosts` posts dealt round-robin over them (feed i gets ⌊n/f⌋ posts, +1 when i < n mod f);
 * - `normalPosts` posts of the ordinary generator (default 1,000, 300 feeds, quirks on).
 *
 * The same options always give a byte-identical folder.
 */
import { mkdir } from 'node:fs/promises';
import { createFeeds, feedFolder, type Feed } from './feeds.ts';
import { remoteImages } from './images.ts';
import { newsParagraph } from './news-text.ts';
import { buildPost, createPostContext, escapeBraces, type PostContext } from './post.ts';
import { deriveSeed, mulberry32 } from './prng.ts';
import { FEEDS } from './vocabulary.ts';
import { WritePool } from './write-pool.ts';

export interface StressOptions {
  dir: string;
  seed: number;
  hugeBodyBytes?: number;
  folderPosts?: number;
  wideFeeds?: number;
  widePosts?: number;
  normalPosts?: number;
}

export interface StressArchive {
  files: number;
  bytes: number;
  /** Path (relative, forward slashes) of the post with the huge body. */
  hugePost: string;
  /** Category path of the big feed folder, and its folder. */
  folder: { categories: [string, string, string]; path: string };
  /** Category path of the source whose children are the wide level. */
  wide: { categories: [string, string]; feeds: number };
}

const STRESS_FOLDER: Feed = {
  category: '科技', source: '压力测试日报', feed: '滚动新闻', layout: 'source-posts', lang: 'zh', depth: 3,
};
const WIDE_CATEGORY = '财经';
const WIDE_SOURCE = '宽目录快讯';

/** Sibling feed i of the wide level: a feed word and a 4-digit number, unique and sorting by i. */
export function wideFeedName(i: number): string {
  return `${FEEDS[i % FEEDS.length]} ${String(i + 1).padStart(4, '0')}`;
}

export async function generateStressArchive(opts: StressOptions): Promise<StressArchive> {
  const hugeBodyBytes = opts.hugeBodyBytes ?? 5 * 1024 * 1024;
  const folderPosts = opts.folderPosts ?? 20_000;
  const wideFeeds = opts.wideFeeds ?? 2_000;
  const widePosts = opts.widePosts ?? wideFeeds;
  const normalPosts = opts.normalPosts ?? 1_000;
  await mkdir(opts.dir, { recursive: true });

  const base = createPostContext({
    seed: opts.seed,
    feeds: createFeeds(mulberry32(deriveSeed(opts.seed, 0xfeed)), 300),
    images: remoteImages,
    quirks: true,
  });
  // Every part shares the one set of claimed paths; post indexes never overlap.
  const only = (feeds: Feed[]): PostContext => ({ ...base, feeds, quirks: false });
  const pool = new WritePool(opts.dir);
  let index = 0;

  for (let i = 0; i < normalPosts; i++) {
    const post = buildPost(base, index++);
    await pool.write(post.path, post.text);
  }

  const folderCtx = only([STRESS_FOLDER]);
  for (let i = 0; i < folderPosts; i++) {
    const post = buildPost(folderCtx, index++);
    await pool.write(post.path, post.text);
  }

  const siblings: Feed[] = Array.from({ length: wideFeeds }, (_, i) => ({
    category: WIDE_CATEGORY, source: WIDE_SOURCE, feed: wideFeedName(i), layout: 'post-cat-source-feed', lang: 'zh', depth: 3,
  }));
  for (let i = 0; i < widePosts; i++) {
    const post = buildPost(only([siblings[i % wideFeeds]]), index++);
    await pool.write(post.path, post.text);
  }

  // The huge post: an ordinary post of the big folder's category, its body grown by paragraphs.
  const huge = buildPost(only([{ ...STRESS_FOLDER, feed: '长文', layout: 'post-cat-source-feed' }]), index);
  const r = mulberry32(deriveSeed(opts.seed, 0x5bad));
  const extra: string[] = [];
  let bytes = Buffer.byteLength(huge.text);
  while (bytes < hugeBodyBytes) {
    const p = `<p>　　${newsParagraph(r, 'zh')}</p>\n`;
    extra.push(p);
    bytes += Buffer.byteLength(p);
  }
  const close = huge.text.lastIndexOf('</div>');
  await pool.write(huge.path, `${huge.text.slice(0, close)}${escapeBraces(extra.join(''))}${huge.text.slice(close)}`);

  await pool.drain();
  return {
    files: pool.files,
    bytes: pool.bytes,
    hugePost: huge.path,
    folder: { categories: [STRESS_FOLDER.category, STRESS_FOLDER.source, STRESS_FOLDER.feed], path: feedFolder(STRESS_FOLDER) },
    wide: { categories: [WIDE_CATEGORY, WIDE_SOURCE], feeds: wideFeeds },
  };
}
