import { describe, expect, it } from 'vitest';
import type { CategoryNode, DayFacets } from '../../../bundle/schema.ts';
import { EMPTY_LIBRARY, markRead, markUnread, sweep } from './library-state.ts';
import { readCells, readIn, readPerCategory, readPerDay, treeRelations } from './read-counts.ts';
import { planUnreadRows, unreadItemAt } from './unread-rows.ts';

const node = (key: string, path: string[], count: number, children: CategoryNode[] = []): CategoryNode => ({ key, name: path.at(-1)!, path, count, children });
// a (a1 below it) and b. Days: d1 < d2. Own articles: a: d1×1; a1: d1×2, d2×1, undated×1; b: d2×2; none: d1×1.
const roots = [node('a', ['A'], 5, [node('a1', ['A', 'A1'], 4)]), node('b', ['B'], 2)];
const facets: DayFacets = { days: ['d1', 'd2'], counts: { a: [0, 1], a1: [0, 2, 1, 1], b: [1, 2] }, undated: { a1: 1 } };
const archive = { days: [['d1', 4], ['d2', 3]] as [string, number][], undated: 1 };
const { within, ancestorsOrSelf } = treeRelations(roots);

describe('read counts', () => {
  it('counts single marks up their category chain, per date filter', () => {
    let state = markRead(EMPTY_LIBRARY, { id: 'x', category: 'a1', day: 'd2' });
    state = markRead(state, { id: 'y', category: null, day: 'd1' });
    const cells = readCells(state, within, null, archive)!;
    const all = readPerCategory(cells, { kind: 'none' }, ancestorsOrSelf);
    expect(all.all).toBe(2);
    expect(Object.fromEntries(all.byKey)).toEqual({ a: 1, a1: 1 });
    expect(readPerCategory(cells, { kind: 'range', from: 'd1', to: 'd1' }, ancestorsOrSelf).all).toBe(1);
  });

  it('reads the count of one list: the archive, a category with its subtree, a category with none read', () => {
    let state = markRead(EMPTY_LIBRARY, { id: 'x', category: 'a1', day: 'd2' });
    state = markRead(state, { id: 'y', category: 'a', day: 'd1' });
    state = markRead(state, { id: 'v', category: null, day: 'd1' });
    const counts = readPerCategory(readCells(state, within, null, archive)!, { kind: 'none' }, ancestorsOrSelf);
    expect(readIn(counts, 'all')).toBe(3);
    expect(readIn(counts, 'a')).toBe(2);
    expect(readIn(counts, 'a1')).toBe(1);
    expect(readIn(counts, 'b')).toBe(0);
  });

  it('needs the facets once something was swept, and counts the sweep exactly', () => {
    let state = sweep(EMPTY_LIBRARY, 'a', { kind: 'none' }, within, 1);
    expect(readCells(state, within, null, archive)).toBeNull();
    state = markUnread(state, { id: 'z', category: 'a1', day: 'd1' }, within);
    state = markRead(state, { id: 'w', category: 'b', day: 'd2' });
    const cells = readCells(state, within, facets, archive)!;
    const counts = readPerCategory(cells, { kind: 'none' }, ancestorsOrSelf);
    // a's subtree holds 5 articles, one marked unread again; b has one read.
    expect(Object.fromEntries(counts.byKey)).toEqual({ a: 4, a1: 3, b: 1 });
    expect(counts.all).toBe(5);
  });

  it('counts the uncategorized rest of a day when All is swept', () => {
    const state = sweep(EMPTY_LIBRARY, 'all', { kind: 'range', from: 'd1', to: 'd1' }, within, 1);
    const counts = readPerCategory(readCells(state, within, facets, archive)!, { kind: 'none' }, ancestorsOrSelf);
    expect(counts.all).toBe(4);
    expect(Object.fromEntries(counts.byKey)).toEqual({ a: 3, a1: 2 });
  });
});

describe('unread rows', () => {
  const item = (id: string, day: string | null) => ({ id, title: id, date: null, day, category: 'a1', author: null, thumb: null, excerpt: '' });
  // A list of 5 rows over pages of 2: d2 (rows 0-1), d1 (rows 2-3), undated (row 4).
  const pages = [[item('p', 'd2'), item('q', 'd2')], [item('r', 'd1'), item('s', 'd1')], [item('t', null)]];
  const days: [string, number][] = [['d1', 2], ['d2', 2]];

  it('maps unread row i to the right article, loading only the pages of its day', () => {
    const read = new Set(['p', 'r']);
    const state = ['p', 'r'].reduce((s, id) => markRead(s, { id, category: 'a1', day: id === 'p' ? 'd2' : 'd1' }), EMPTY_LIBRARY);
    const byDay = readPerDay(readCells(state, within, null, archive)!, 'a1', within);
    const plan = planUnreadRows(days, 1, byDay, { kind: 'none' });
    expect(plan.total).toBe(3);
    const asked: number[] = [];
    const pageItems = (page: number) => (asked.push(page), pages[page]);
    const rows = [0, 1, 2].map((row) => unreadItemAt(plan, row, 2, pageItems, (x) => !read.has(x.id))?.id);
    expect(rows).toEqual(['q', 's', 't']);
    expect(unreadItemAt(plan, 2, 2, (page) => (page === 2 ? undefined : pages[page]), () => true)).toBeUndefined();
    expect(new Set(asked)).toEqual(new Set([0, 1, 2]));
  });

  it('keeps to the date filter', () => {
    const plan = planUnreadRows(days, 1, new Map(), { kind: 'range', from: 'd1', to: 'd1' });
    expect(plan.total).toBe(2);
    expect(plan.segments.map((s) => [s.day, s.listStart])).toEqual([['d1', 2]]);
  });
});
