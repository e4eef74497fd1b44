import { deflateSync } from 'node:zlib';

/** Encodes 8-bit RGB pixels as a PNG. Each row uses the "Up" filter, which keeps smooth pictures tiny. */
export function encodePng(width: number, height: number, rgb: Uint8Array): Buffer {
  const stride = width * 3;
  const raw = Buffer.alloc((stride + 1) * height);
  for (let y = 0; y < height; y++) {
    const out = y * (stride + 1);
    raw[out] = y === 0 ? 0 : 2;
    for (let x = 0; x < stride; x++) {
      const value = rgb[y * stride + x];
      raw[out + 1 + x] = y === 0 ? value : (value - rgb[(y - 1) * stride + x]) & 0xff;
    }
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8; // bit depth
  header[9] = 2; // colour type: truecolour
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(raw, { level: 6 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

function chunk(type: string, data: Buffer): Buffer {
  const out = Buffer.alloc(12 + data.length);
  out.writeUInt32BE(data.length, 0);
  out.write(type, 4, 'latin1');
  data.copy(out, 8);
  out.writeUInt32BE(crc32(out.subarray(4, 8 + data.length)), 8 + data.length);
  return out;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

export function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

/** HSL (h in degrees, s and l in [0, 1]) to 8-bit RGB. */
export function hslToRgb(h: number, s: number, l: number): [number, number, number] {
  const k = (n: number) => (n + h / 30) % 12;
  const a = s * Math.min(l, 1 - l);
  const f = (n: number) => l - a * Math.max(-1, Math.min(k(n) - 3, Math.min(9 - k(n), 1)));
  return [Math.round(f(0) * 255), Math.round(f(8) * 255), Math.round(f(4) * 255)];
}

export type PicturePattern = 'gradient' | 'rings' | 'stripes' | 'hills';

/**
 * A small picture in one hue: a diagonal gradient with a pattern on top, so images of
 * different categories are told apart at a glance and each compresses to a few KB.
 */
export function drawPicture(width: number, height: number, hue: number, pattern: PicturePattern): Buffer {
  const rgb = new Uint8Array(width * height * 3);
  const light = hslToRgb(hue, 0.65, 0.78);
  const dark = hslToRgb((hue + 25) % 360, 0.6, 0.38);
  const accent = hslToRgb((hue + 180) % 360, 0.55, 0.6);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      // Quantised gradient: bands of equal colour keep the deflate stream short.
      let t = Math.round(((x / width) * 0.6 + (y / height) * 0.4) * 12) / 12;
      let mix = 0;
      if (pattern === 'rings') {
        const dx = x - width * 0.7;
        const dy = y - height * 0.4;
        const d = Math.sqrt(dx * dx + dy * dy);
        mix = Math.floor(d / 24) % 2 === 0 && d < height * 0.45 ? 0.45 : 0;
      } else if (pattern === 'stripes') {
        mix = Math.floor((x + y) / 30) % 3 === 0 ? 0.35 : 0;
      } else if (pattern === 'hills') {
        const ridge = height * (0.62 + 0.12 * Math.sin(x / 55));
        if (y > ridge) t = 1;
      }
      const i = (y * width + x) * 3;
      for (let c = 0; c < 3; c++) {
        const base = light[c] + (dark[c] - light[c]) * t;
        rgb[i + c] = Math.round(base + (accent[c] - base) * mix);
      }
    }
  }
  return encodePng(width, height, rgb);
}
