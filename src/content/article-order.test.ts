import { describe, expect, it } from 'vitest';
import { compareNewestFirst, sortTime } from './article-order.ts';

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

describe('sortTime', () => {
  it('reads ISO instants and treats missing or invalid dates as undated', () => {
    expect(sortTime('2021-12-24T08:07:41.000Z')).toBe(1640333261000);
    expect(sortTime(null)).toBeNull();
    expect(sortTime('not a date')).toBeNull();
  });
});
