import { describe, expect, it } from 'vitest';
import type { ArticleSummary } from '../../../bundle/schema.ts';
import { EMPTY_LIBRARY, isRead, markRead, markUnread, starredInListOrder, sweep, toggleStar, type WithinList } from './library-state.ts';

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

describe('read marks', () => {
  it('opening marks read; marking unread undoes it', () => {
    const x = ref('x', 'a1', '2024-03-05');
    const read = markRead(EMPTY_LIBRARY, x);
    expect(isRead(read, x, within)).toBe(true);
    expect(read.read).toEqual({ x: { c: 'a1', d: '2024-03-05' } });
    const unread = markUnread(read, x, within);
    expect(isRead(unread, x, within)).toBe(false);
    expect(unread.read).toEqual({});
    expect(unread.unread).toEqual({});
  });

  it('a sweep covers its list and days only, and replaces the marks it makes redundant', () => {
    const inside = ref('in', 'a1', '2024-03-05');
    const otherDay = ref('day', 'a1', '2024-04-01');
    const otherList = ref('list', 'b', '2024-03-05');
    const undated = ref('undated', 'a1', null);
    let state = markRead(EMPTY_LIBRARY, inside);
    state = sweep(state, 'a', { kind: 'range', from: '2024-03-01', to: '2024-03-31' }, within, 1);
    expect(state.read).toEqual({});
    expect(state.sweeps).toHaveLength(1);
    expect([inside, otherDay, otherList, undated].map((r) => isRead(state, r, within))).toEqual([true, false, false, false]);
  });

  it('marking unread inside a sweep keeps an exception; a later sweep clears it', () => {
    const x = ref('x', 'a1', '2024-03-05');
    let state = sweep(EMPTY_LIBRARY, 'all', { kind: 'none' }, within, 1);
    state = markUnread(state, x, within);
    expect(isRead(state, x, within)).toBe(false);
    expect(state.unread).toEqual({ x: { c: 'a1', d: '2024-03-05' } });
    state = sweep(state, 'a', { kind: 'none' }, within, 2);
    expect(isRead(state, x, within)).toBe(true);
    // The narrower sweep adds nothing to the wider one.
    expect(state.sweeps).toHaveLength(1);
  });

  it('a wider sweep replaces the narrower ones it contains', () => {
    let state = sweep(EMPTY_LIBRARY, 'a1', { kind: 'range', from: '2024-03-01', to: '2024-03-31' }, within, 1);
    state = sweep(state, 'b', { kind: 'undated' }, within, 2);
    state = sweep(state, 'a', { kind: 'range', from: null, to: '2024-12-31' }, within, 3);
    expect(state.sweeps.map((s) => s.list)).toEqual(['b', 'a']);
  });
});

describe('stars', () => {
  it('toggles and keeps only the summary fields, listed newest first with undated last', () => {
    const article = { ...summary('old', '2020-01-01T00:00:00.000Z'), html: '<p>body</p>' };
    let state = toggleStar(EMPTY_LIBRARY, article, 5);
    state = toggleStar(state, summary('undated', null), 6);
    state = toggleStar(state, summary('new', '2024-01-01T00:00:00.000Z'), 7);
    expect(Object.keys(state.starred.old.item)).not.toContain('html');
    expect(starredInListOrder(state).map((item) => item.id)).toEqual(['new', 'old', 'undated']);
    state = toggleStar(state, summary('old', null), 8);
    expect(starredInListOrder(state).map((item) => item.id)).toEqual(['new', 'undated']);
  });
});
