import { inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { crc32, encodePng, hslToRgb } from './png.ts';

describe('png', () => {
  it('computes the standard CRC-32', () => expect(crc32(Buffer.from('123456789'))).toBe(0xcbf43926));
  it('converts HSL to RGB', () => {
    expect(hslToRgb(0, 1, 0.5)).toEqual([255, 0, 0]);
    expect(hslToRgb(120, 1, 0.25)).toEqual([0, 128, 0]);
  });
  it('encodes a 2x2 image with IHDR, Up-filtered IDAT rows and IEND', () => {
    const png = encodePng(2, 2, Uint8Array.from([10, 20, 30, 40, 50, 60, 15, 20, 25, 40, 50, 60]));
    expect(png.subarray(12, 16).toString('latin1')).toBe('IHDR');
    expect([...png.subarray(16, 26)]).toEqual([0, 0, 0, 2, 0, 0, 0, 2, 8, 2]);
    const idatLength = png.readUInt32BE(33);
    expect(png.subarray(37, 41).toString('latin1')).toBe('IDAT');
    const raw = inflateSync(png.subarray(41, 41 + idatLength));
    expect([...raw]).toEqual([0, 10, 20, 30, 40, 50, 60, 2, 5, 0, 251, 0, 0, 0]);
    expect(png.subarray(-8, -4).toString('latin1')).toBe('IEND');
  });
});
