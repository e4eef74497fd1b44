import { describe, expect, it } from 'vitest';
import { compareCodePoints } from '../../bundle/code-point-order.ts';
import { jsonKeyBytes, ShardBytes, ShardFormatError } from './shard-format.ts';
import { rowMap, updateShard, type ShardAdditions } from './update-shard.ts';
import { mulberry32 } from '../../../../scripts/archive/prng.ts';

/** The seeded generator of the bench archives, so a run (and a failing case) can be replayed. */
const random = (seed: number) => {
  const rng = mulberry32(seed);
  return () => rng.next();
};

/** The shard as the full build writes it: tokens in code-point order, delta-encoded lists, empty ones left out. */
function encode(lists: Map<string, number[]>): string {
  const entries = [...lists].filter(([, values]) => values.length > 0).sort(([a], [b]) => compareCodePoints(a, b));
  const body = entries.map(([token, values]) => `${JSON.stringify(token)}:[${values.map((v, i) => v - (i ? values[i - 1] : 0)).join(',')}]`);
  return `{${body.join(',')}}`;
}

// Keys in every byte length of UTF-8, a number word, and a lone surrogate (which JSON escapes).
const TOKENS = ['a', 'b', 'ab', '2024', 'é', '中文', '文中', '人工', '𠀀中', '中𠀀', '\ud840中', '中\ud840', 'ｚ', 'zz'];

function run(source: string, remap: number[], added: Map<string, number[]>) {
  const entries = [...added].sort(([a], [b]) => compareCodePoints(a, b));
  const additions: ShardAdditions | undefined = entries.length
    ? { tokens: entries.map(([t]) => t), keys: entries.map(([t]) => jsonKeyBytes(t)), values: entries.map(([, v]) => Int32Array.from(v)) }
    : undefined;
  const out = new ShardBytes();
  const bytes = Buffer.from(source);
  const result = updateShard(bytes, rowMap(Int32Array.from(remap)), additions, out);
  const text = result.changed ? Buffer.from(out.bytes.subarray(0, out.length)).toString() : source;
  return { text, ...result };
}

describe('updating a shard in place', () => {
  it('gives the bytes a full build of the new rows would, whatever moves, goes or comes', () => {
    const next = random(42);
    const pick = <T,>(items: readonly T[]) => items[Math.floor(next() * items.length)];
    let changedCount = 0;
    for (let round = 0; round < 600; round++) {
      const oldRows = 1 + Math.floor(next() * 40);
      // Old lists: each token holds some rows, with a random title bit.
      const old = new Map<string, number[]>();
      for (const token of TOKENS) {
        if (next() < 0.4) continue;
        const values: number[] = [];
        for (let o = 0; o < oldRows; o++) if (next() < 0.3) values.push(o * 2 + (next() < 0.2 ? 1 : 0));
        if (values.length) old.set(token, values);
      }
      // New order: kept rows in their old order, dropped ones gone, new rows anywhere between.
      const style = next();
      const remap: number[] = [];
      let ordinal = 0;
      const fresh: number[] = [];
      for (let o = 0; o < oldRows; o++) {
        while (next() < (style < 0.3 ? 0.05 : 0.3)) fresh.push(ordinal++);
        if (next() < (style < 0.3 ? 0.03 : 0.2)) remap.push(-1);
        else remap.push(ordinal++);
      }
      while (next() < 0.3) fresh.push(ordinal++);
      // Postings of the re-indexed rows: existing tokens and new ones.
      const added = new Map<string, number[]>();
      if (fresh.length) {
        for (let k = Math.floor(next() * 4); k > 0; k--) {
          const values = fresh.filter(() => next() < 0.5).map((o) => o * 2 + (next() < 0.3 ? 1 : 0));
          if (values.length) added.set(pick(TOKENS), values);
        }
      }
      const expected = new Map<string, number[]>();
      for (const token of new Set([...old.keys(), ...added.keys()])) {
        const moved = (old.get(token) ?? []).filter((v) => remap[v >> 1] >= 0).map((v) => remap[v >> 1] * 2 + (v & 1));
        expected.set(token, [...moved, ...(added.get(token) ?? [])].sort((x, y) => x - y));
      }
      const source = encode(old);
      const result = run(source, remap, added);
      const want = encode(expected);
      const postings = [...expected.values()].reduce((sum, values) => sum + values.length, 0);
      if (result.text !== want || result.postings !== postings || result.changed !== (want !== source)) {
        expect({ text: result.text, postings: result.postings, changed: result.changed }, `round ${round}: ${source} ${JSON.stringify(remap)} ${JSON.stringify([...added])}`)
          .toEqual({ text: want, postings, changed: want !== source });
      }
      if (result.changed) changedCount++;
    }
    // Both kinds of shard were seen.
    expect(changedCount).toBeGreaterThan(50);
    expect(changedCount).toBeLessThan(590);
  });

  it('keeps the bytes of postings whose delta does not change when rows shift', () => {
    // Rows 0..4 move down by one (a new row 0): only the first delta of each list changes.
    const result = run('{"a":[2,4,2],"b":[1]}', [1, 2, 3, 4, 5], new Map([['b', [0]]]));
    expect(result.text).toBe('{"a":[4,4,2],"b":[0,3]}');
  });

  it('refuses bytes that are not a shard', () => {
    for (const bad of ['', '[]', '{"a":[1,x]}', '{"a":[1]', '{"a":[1]}x', '{"a":[9]}']) {
      expect(() => run(bad, [0, 1], new Map()), bad).toThrow(ShardFormatError);
    }
  });
});
