import { describe, expect, it } from 'vitest';
import { assignKeys, baseCategoryKey } from './article-id.ts';
import { hashBase32 } from '../util/hash-base32.ts';

describe('hashBase32', () => {
  it('is lower-case RFC 4648 base32 of sha256, cut to length', () => {
    // Same as Python: base64.b32encode(hashlib.sha256(b'').digest()).lower()[:16]
    expect(hashBase32('', 16)).toBe('4oymiquy7qobjgx3');
    expect(hashBase32('金融/新浪/a.md', 10)).toBe('xr2ksuu6b5');
  });
});

describe('assignKeys', () => {
  it('gives a distinct name its 10-character hash, whatever the order of the other names', () => {
    const forward = assignKeys(['金融/新浪/a.md', 'b.md', 'c.md']);
    const backward = assignKeys(['c.md', 'b.md', '金融/新浪/a.md']);
    expect(forward.keys[0]).toBe('xr2ksuu6b5');
    expect(backward.keys[2]).toBe('xr2ksuu6b5');
    expect(forward.keys[1]).toBe(backward.keys[1]);
    expect(forward.collisions).toEqual([]);
  });

  it('lengthens every member of a collision group to 16 characters, by rank of the name', () => {
    const { keys, collisions } = assignKeys(['x', 'x', 'y']);
    expect(keys).toEqual([hashBase32('x\u00000', 16), hashBase32('x\u00001', 16), hashBase32('y', 10)]);
    expect(keys[0]).not.toBe(keys[1]);
    expect(collisions).toEqual([{ members: [0, 1] }]);
  });

  it('keeps the same keys for a collision group in any input order of distinct names', () => {
    // Names that differ get ranks by code point, so swapping their input order swaps nothing.
    const a = assignKeys(['p', 'q']);
    const b = assignKeys(['q', 'p']);
    expect(a.keys).toEqual([b.keys[1], b.keys[0]]);
  });

  it('puts the prefix in front of the hash', () => {
    expect(assignKeys(['a'], 'c').keys[0]).toBe(`c${hashBase32('a', 10)}`);
  });
});

describe('baseCategoryKey', () => {
  it('is c + the hash of the JSON name path, so ["a/b"] and ["a","b"] differ', () => {
    expect(baseCategoryKey(['金融'])).toBe('ctcvgeb2f64');
    expect(baseCategoryKey(['a/b'])).not.toBe(baseCategoryKey(['a', 'b']));
    expect(baseCategoryKey(['a', 'b'])).toMatch(/^c[a-z2-7]{10}$/);
  });
});
