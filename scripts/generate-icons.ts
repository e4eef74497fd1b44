/**
 * The installable app's icons (public/icons/*.png), drawn here so no image is downloaded:
 * a white page with headline and text lines on the app's sky blue, like public/favicon.svg.
 *
 *   node --import tsx scripts/generate-icons.ts
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { encodePng } from './archive/png.ts';

const SKY = [2, 132, 199];
const WHITE = [255, 255, 255];
const INK = [39, 39, 42];
const GREY = [161, 161, 170];

/** `inset`: share of the side left as background around the page (maskable icons need a safe zone). */
export function drawIcon(size: number, inset: number): Buffer {
  const rgb = new Uint8Array(size * size * 3);
  const page = { x0: size * inset, x1: size * (1 - inset), y0: size * inset * 0.9, y1: size * (1 - inset * 0.9) };
  const w = page.x1 - page.x0;
  const h = page.y1 - page.y0;
  // Lines inside the page, as fractions of its box: [top, bottom, left, right, colour].
  const lines: [number, number, number, number, number[]][] = [
    [0.14, 0.27, 0.14, 0.86, INK],
    [0.38, 0.44, 0.14, 0.86, GREY],
    [0.52, 0.58, 0.14, 0.86, GREY],
    [0.66, 0.72, 0.14, 0.86, GREY],
    [0.8, 0.86, 0.14, 0.6, GREY],
  ];
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      let colour = SKY;
      if (x >= page.x0 && x < page.x1 && y >= page.y0 && y < page.y1) {
        colour = WHITE;
        const fx = (x - page.x0) / w;
        const fy = (y - page.y0) / h;
        for (const [top, bottom, left, right, ink] of lines) {
          if (fy >= top && fy < bottom && fx >= left && fx < right) colour = ink;
        }
      }
      rgb.set(colour, (y * size + x) * 3);
    }
  }
  return encodePng(size, size, rgb);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const dir = resolve(import.meta.dirname, '../public/icons');
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'icon-192.png'), drawIcon(192, 0.2));
  writeFileSync(join(dir, 'icon-512.png'), drawIcon(512, 0.2));
  // Maskable: the launcher may crop to a circle of 80 % of the side; keep the page inside it.
  writeFileSync(join(dir, 'maskable-512.png'), drawIcon(512, 0.28));
  writeFileSync(join(dir, 'apple-touch-icon.png'), drawIcon(180, 0.2));
}
