import { describe, expect, it } from 'vitest';
import type { CategoryNode, DayFacets } from '../../../bundle/schema.ts';
import { categoryCountsInFilter } from './facet-counts.ts';

const node = (key: string, children: CategoryNode[] = []): CategoryNode => ({ key, name: key, path: [key], count: 0, children });
// 金融 (own: 1 on 01-02) > 新浪 (own: 2 on 01-01, 3 on 01-03); 科技 (own: 4 on 01-02, 1 undated).
const roots = [node('jin', [node('sina')]), node('tech')];
const facets: DayFacets = {
  days: ['2024-01-01', '2024-01-02', '2024-01-03'],
  counts: { jin: [1, 1], sina: [0, 2, 2, 3], tech: [1, 4] },
  undated: { tech: 1 },
};

describe('categoryCountsInFilter', () => {
  it('sums each node\'s own counts in the range over its subtree', () => {
    const counts = categoryCountsInFilter(facets, roots, { kind: 'range', from: '2024-01-02', to: '2024-01-03' });
    expect(Object.fromEntries(counts)).toEqual({ jin: 4, sina: 3, tech: 4 });
  });
  it('reads open-ended ranges', () => {
    expect(Object.fromEntries(categoryCountsInFilter(facets, roots, { kind: 'range', from: null, to: '2024-01-01' }))).toEqual({ jin: 2, sina: 2, tech: 0 });
    expect(Object.fromEntries(categoryCountsInFilter(facets, roots, { kind: 'range', from: '2024-01-03', to: null }))).toEqual({ jin: 3, sina: 3, tech: 0 });
  });
  it('counts 0 for a range with no articles', () => {
    expect(Object.fromEntries(categoryCountsInFilter(facets, roots, { kind: 'range', from: '2023-01-01', to: '2023-12-31' }))).toEqual({ jin: 0, sina: 0, tech: 0 });
  });
  it('counts undated articles for the undated filter', () => {
    expect(Object.fromEntries(categoryCountsInFilter(facets, roots, { kind: 'undated' }))).toEqual({ jin: 0, sina: 0, tech: 1 });
  });
});
