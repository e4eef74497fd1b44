import { describe, expect, it } from 'vitest';
import { compareNewestFirst, newestFirstOrder, sortTime } from './article-order.ts';

describe('compareNewestFirst', () => {
  it('sorts newest first, equal instants by id, undated last by id', () => {
    const items = [
      { id: 'u2', time: null },
      { id: 'old', time: 1000 },
      { id: 'tieB', time: 5000 },
      { id: 'u1', time: null },
      { id: 'tieA', time: 5000 },
      { id: 'new', time: 9000 },
    ];
    expect([...items].sort(compareNewestFirst).map((item) => item.id)).toEqual(['new', 'tieA', 'tieB', 'old', 'u1', 'u2']);
  });
});

describe('newestFirstOrder', () => {
  it('gives the order of compareNewestFirst, over many ties and undated items', () => {
    // A small deterministic generator: times from a few values (many ties), one in five undated.
    let seed = 7;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648);
    const items = Array.from({ length: 2000 }, (_, i) => ({
      id: `${(next() % 5000).toString(36)}-${i}`,
      time: next() % 5 === 0 ? null : 1_600_000_000_000 + (next() % 50) * 1000,
    }));
    const expected = [...items].sort(compareNewestFirst);
    const order = newestFirstOrder(items.map((item) => item.time), items.map((item) => item.id));
    expect(Array.from(order, (i) => items[i])).toEqual(expected);
  });
});

describe('sortTime', () => {
  it('reads ISO instants and treats missing or invalid dates as undated', () => {
    expect(sortTime('2021-12-24T08:07:41.000Z')).toBe(1640333261000);
    expect(sortTime(null)).toBeNull();
    expect(sortTime('not a date')).toBeNull();
  });
});
