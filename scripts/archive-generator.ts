/**
 * Seeded generator of Hexo news archives in the format of the real RSS-feed archives:
 * the same options always give a byte-identical folder. Used by the benchmark (100,000
 * posts) and by `generate-demo.ts`.
 */
import { mkdir } from 'node:fs/promises';
import { createFeeds } from './archive/feeds.ts';
import { localImages, remoteImages, writeLocalImages } from './archive/images.ts';
import { buildPost, createPostContext } from './archive/post.ts';
import { deriveSeed, mulberry32 } from './archive/prng.ts';
import { WritePool } from './archive/write-pool.ts';

export interface GenerateOptions {
  /** Folder to write into; created if missing. Existing files are overwritten, others left alone. */
  dir: string;
  /** Number of posts. */
  count: number;
  /** PRNG seed: the same seed gives a byte-identical archive. */
  seed: number;
  /** Number of feeds (default 300), spread over 12 top-level categories and many sources. */
  feeds?: number;
  /** Write local PNGs into `<dir>/images/` and reference them as `/images/<name>.png` (default false). */
  withImages?: boolean;
  /** Sprinkle the quirks of the real archives over a few % of posts (default true). */
  quirks?: boolean;
  /** First day of the date span, YYYY-MM-DD (default: `years` years before 2026-06-30). */
  startDate?: string;
  /** Length of the date span in years (default 5). */
  years?: number;
}

export async function generateArchive(opts: GenerateOptions): Promise<{ files: number; bytes: number }> {
  await mkdir(opts.dir, { recursive: true });
  const ctx = createPostContext({
    seed: opts.seed,
    feeds: createFeeds(mulberry32(deriveSeed(opts.seed, 0xfeed)), opts.feeds ?? 300),
    images: opts.withImages ? localImages : remoteImages,
    quirks: opts.quirks ?? true,
    startDate: opts.startDate,
    years: opts.years,
  });
  const pool = new WritePool(opts.dir);
  for (let i = 0; i < opts.count; i++) {
    const post = buildPost(ctx, i);
    await pool.write(post.path, post.text);
  }
  await pool.drain();
  let { files, bytes } = pool;
  if (opts.withImages) {
    const images = await writeLocalImages(opts.dir);
    files += images.files;
    bytes += images.bytes;
  }
  return { files, bytes };
}
