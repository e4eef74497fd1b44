/** Image URLs of generated posts: remote placeholders, or a small set of local PNGs. */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { drawPicture, type PicturePattern } from './png.ts';
import type { Rng } from './prng.ts';
import { CATEGORIES } from './vocabulary.ts';

const PATTERNS: readonly PicturePattern[] = ['gradient', 'rings', 'stripes', 'hills'];
const HUE_SLOTS = 12;
const IMAGE_WIDTH = 480;
const IMAGE_HEIGHT = 270;

/** Each category gets its own hue, so a category's thumbnails look alike. */
function hueSlot(category: string): number {
  const known = (CATEGORIES as readonly string[]).indexOf(category);
  if (known >= 0) return known % HUE_SLOTS;
  let h = 0;
  for (const ch of category) h = (h * 31 + ch.codePointAt(0)!) >>> 0;
  return h % HUE_SLOTS;
}

function localName(slot: number, pattern: PicturePattern): string {
  return `hue${String(slot).padStart(2, '0')}-${pattern}.png`;
}

export interface ImageSource {
  /** URL of an image for a post of this category. */
  url(r: Rng, category: string): string;
}

/** Remote URLs that do not resolve: offline, they fail to load, like most images in old archives. */
export const remoteImages: ImageSource = {
  url(r, category) {
    const id = r.int(0, 0xffffff).toString(16).padStart(6, '0');
    return `https://img.example.com/news/${String(hueSlot(category)).padStart(2, '0')}/${r.int(2019, 2026)}${String(r.int(1, 12)).padStart(2, '0')}/${id}.jpg`;
  },
};

/** Root-relative URLs of the PNGs written by `writeLocalImages`. */
export const localImages: ImageSource = {
  url(r, category) {
    return `/images/${localName(hueSlot(category), r.pick(PATTERNS))}`;
  },
};

/** Drawn once per process: the benchmark and the tests write the same pictures many times. */
const drawn = new Map<string, Buffer>();

function picture(slot: number, pattern: PicturePattern): Buffer {
  const name = localName(slot, pattern);
  let png = drawn.get(name);
  if (!png) {
    png = drawPicture(IMAGE_WIDTH, IMAGE_HEIGHT, (slot * 360) / HUE_SLOTS, pattern);
    drawn.set(name, png);
  }
  return png;
}

/** Writes every local PNG (12 hues x 4 patterns, a few KB each) into `<dir>/images/`. */
export async function writeLocalImages(dir: string): Promise<{ files: number; bytes: number }> {
  const folder = path.join(dir, 'images');
  await mkdir(folder, { recursive: true });
  let bytes = 0;
  let files = 0;
  for (let slot = 0; slot < HUE_SLOTS; slot++) {
    for (const pattern of PATTERNS) {
      const png = picture(slot, pattern);
      await writeFile(path.join(folder, localName(slot, pattern)), png);
      bytes += png.length;
      files++;
    }
  }
  return { files, bytes };
}
