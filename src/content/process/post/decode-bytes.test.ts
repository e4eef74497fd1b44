import { describe, expect, it } from 'vitest';
import { decodeBytes } from './decode-bytes.ts';

describe('decodeBytes', () => {
  it('drops a BOM', () => {
    expect(decodeBytes(new Uint8Array([0xef, 0xbb, 0xbf, 0x61]))).toEqual({ ok: true, text: 'a', replaced: 0 });
  });

  it('replaces a few invalid sequences and counts them', () => {
    expect(decodeBytes(new Uint8Array([0x61, 0xff, 0x62, 0x63, 0x64, 0x65, 0x66, 0x67, 0x68, 0x69, 0x6a]))).toEqual({
      ok: true,
      text: 'a\uFFFDbcdefghij',
      replaced: 1,
    });
  });

  it('refuses NUL bytes and mostly invalid bytes as binary', () => {
    expect(decodeBytes(new Uint8Array([0x61, 0]))).toEqual({ ok: false, reason: { code: 'file-binary', text: 'binary file (contains NUL bytes)' } });
    expect(decodeBytes(new Uint8Array([0x61, 0xff, 0x62]))).toEqual({
      ok: false,
      reason: { code: 'file-binary', text: 'binary file (33% of characters are not valid UTF-8)' },
    });
  });
});
