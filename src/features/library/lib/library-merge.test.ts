import { describe, expect, it } from 'vitest';
import type { ArticleSummary } from '../../../bundle/schema.ts';
import { mergeLibraries } from './library-merge.ts';
import { EMPTY_LIBRARY, markRead, toggleStar, type WithinList } from './library-state.ts';

// A tree: a > a1, b. `within(list, c)`: c is list or below it.
const parents: Record<string, string | null> = { a: null, a1: 'a', b: null };
const within: WithinList = (list, c) => {
  if (list === 'all') return true;
  for (let at = c; at !== null; at = parents[at] ?? null) if (at === list) return true;
  return false;
};
const ref = (id: string, category: string | null, day: string | null) => ({ id, category, day });
const summary = (id: string, date: string | null): ArticleSummary => ({
  id, title: id, date, day: date?.slice(0, 10) ?? null, category: 'a1', author: null, thumb: null, excerpt: '',
});

describe('mergeLibraries (import)', () => {
  it('adds read marks, stars and sweeps to what is there; an explicit read wins over an imported unread', () => {
    const here = toggleStar(markRead(EMPTY_LIBRARY, ref('x', 'a1', '2024-03-05')), summary('s1', null), 1);
    const incoming = {
      ...toggleStar(markRead(EMPTY_LIBRARY, ref('y', 'b', null)), summary('s2', null), 2),
      unread: { x: { c: 'a1', d: '2024-03-05' } },
      sweeps: [{ list: 'b', days: { kind: 'undated' as const }, at: 3 }],
    };
    const merged = mergeLibraries(here, incoming, within);
    expect(Object.keys(merged.read).sort()).toEqual(['x', 'y']);
    expect(merged.unread).toEqual({});
    expect(Object.keys(merged.starred).sort()).toEqual(['s1', 's2']);
    expect(merged.sweeps).toHaveLength(1);
  });
});
