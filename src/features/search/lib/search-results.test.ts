import { describe, expect, it } from 'vitest';
import type { CategoryNode } from '../../../bundle/schema.ts';
import type { SearchDocs } from '../../../search/index-format.ts';
import { categoryCountsOfHits, categoryKeysOf, dayOfOrdinal, filterHits, tallyOfHits } from './search-results.ts';

const node = (key: string, children: CategoryNode[] = []): CategoryNode => ({ key, name: key, path: [key], count: 0, children });
const roots = [node('a', [node('a1'), node('a2')]), node('b')];
// Six articles, newest first: two on 03-02, three on 03-01, one undated.
const index = { days: [['2024-03-01', 3], ['2024-03-02', 2]] as [string, number][], total: 6, undated: 1 };
const docs: SearchDocs = { keys: ['a', 'a1', 'a2', 'b'], category: [1, 3, 2, 1, -1, 0] };

describe('search results', () => {
  it('maps ordinals to days, undated last', () => {
    const dayOf = dayOfOrdinal(index);
    expect([0, 1, 2, 3, 4, 5].map(dayOf)).toEqual(['2024-03-02', '2024-03-02', '2024-03-01', '2024-03-01', '2024-03-01', null]);
  });
  it('keeps the hits of a category subtree and a date span, in rank order', () => {
    const hits = Int32Array.from([3, 0, 2, 5, 1]);
    expect([...filterHits(hits, docs, categoryKeysOf(docs, roots[0]), null)]).toEqual([3, 0, 2, 5]);
    expect([...filterHits(hits, docs, categoryKeysOf(docs, roots[0]), { offset: 2, count: 3 })]).toEqual([3, 2]);
  });
  it('counts hits per day and per category subtree', () => {
    const hits = Int32Array.from([3, 0, 2, 5, 1, 4]);
    expect(tallyOfHits(hits, dayOfOrdinal(index))).toEqual({ total: 6, undated: 1, days: [['2024-03-01', 3], ['2024-03-02', 2]] });
    expect(Object.fromEntries(categoryCountsOfHits(hits, docs, roots))).toEqual({ a: 4, a1: 2, a2: 1, b: 1 });
  });
  it('counts runs of hits on one day (title matches, then body matches, each newest first)', () => {
    const hits = Int32Array.from([0, 1, 2, 3, 4, 5, 0, 2]);
    expect(tallyOfHits(hits, dayOfOrdinal(index))).toEqual({ total: 8, undated: 1, days: [['2024-03-01', 4], ['2024-03-02', 3]] });
  });
});
