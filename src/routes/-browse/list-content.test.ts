import { describe, expect, it } from 'vitest';
import type { ArticleSummary } from '../../bundle/schema.ts';
import { headerCount, listContent, scrollKeyOf, type ListFacts } from './list-content.ts';

const item = (id: string) => ({ id }) as ArticleSummary;
const hits = (...rows: number[]) => Int32Array.from(rows);

/** A list view with 40 articles, all shown, nothing searched or starred. */
const facts = (over: Partial<ListFacts> = {}): ListFacts => ({
  view: 'list',
  listCount: 40,
  rows: { offset: 0, count: 40 },
  search: { rows: null, failed: false },
  starred: [],
  unread: 40,
  ...over,
});

describe('scrollKeyOf', () => {
  it('is the list key for a plain list, and differs per filter, view and query', () => {
    const range = { kind: 'range', from: '2024-01-01', to: null } as const;
    expect(scrollKeyOf('list', 'all', { kind: 'none' }, '')).toBe('all');
    expect(scrollKeyOf('list', 'c1', range, '')).toBe('c1@2024-01-01..');
    expect(scrollKeyOf('unread', 'c1', { kind: 'none' }, '')).toBe('unread:c1');
    expect(scrollKeyOf('starred', 'all', { kind: 'undated' }, '')).toBe('starred:all@undated');
    expect(scrollKeyOf('search', 'c1', range, '火箭 发射')).toBe('q:火箭 发射|c1@2024-01-01..');
  });
});

describe('listContent', () => {
  it('shows the list rows', () => {
    expect(listContent(facts())).toEqual({ kind: 'rows', rows: { offset: 0, count: 40 } });
    expect(listContent(facts({ view: 'unread', unread: 3, rows: { offset: 5, count: 10 } }))).toEqual({ kind: 'rows', rows: { offset: 5, count: 10 } });
  });
  it('waits for the day counts of a filtered list', () => {
    expect(listContent(facts({ rows: null }))).toEqual({ kind: 'loading' });
    expect(listContent(facts({ view: 'unread', rows: null, unread: null }))).toEqual({ kind: 'loading' });
  });
  it('says when the list is empty, before anything about dates or unread', () => {
    expect(listContent(facts({ listCount: 0, rows: { offset: 0, count: 0 }, unread: 0 }))).toEqual({ kind: 'empty-list' });
    expect(listContent(facts({ view: 'unread', listCount: 0, rows: null }))).toEqual({ kind: 'empty-list' });
  });
  it('says when the date filter keeps nothing, before anything about unread', () => {
    expect(listContent(facts({ rows: { offset: 12, count: 0 } }))).toEqual({ kind: 'empty-range' });
    expect(listContent(facts({ view: 'unread', rows: { offset: 12, count: 0 }, unread: 0 }))).toEqual({ kind: 'empty-range' });
  });
  it('says when everything in view is read, in the unread view only', () => {
    expect(listContent(facts({ view: 'unread', unread: 0 }))).toEqual({ kind: 'no-unread' });
    expect(listContent(facts({ unread: 0 }))).toEqual({ kind: 'rows', rows: { offset: 0, count: 40 } });
  });
  it('shows the starred items, or says there are none (the list itself may be empty)', () => {
    const starred = [item('a'), item('b')];
    expect(listContent(facts({ view: 'starred', starred }))).toEqual({ kind: 'starred', items: starred });
    expect(listContent(facts({ view: 'starred', listCount: 0, rows: null }))).toEqual({ kind: 'no-starred' });
  });
  it('under a search: the failure first, then loading, no results or the ranked rows', () => {
    const search = (rows: Int32Array | null, failed = false) => facts({ view: 'search', search: { rows, failed } });
    expect(listContent(search(hits(3, 1), true))).toEqual({ kind: 'search-failed' });
    expect(listContent(search(null))).toEqual({ kind: 'loading' });
    expect(listContent(search(hits()))).toEqual({ kind: 'no-results' });
    expect(listContent(search(hits(7, 2, 9)))).toEqual({ kind: 'results', ordinals: hits(7, 2, 9) });
  });
  it('searches an empty category or range too: the results decide', () => {
    expect(listContent(facts({ view: 'search', listCount: 0, rows: { offset: 0, count: 0 }, search: { rows: hits(), failed: false } }))).toEqual({ kind: 'no-results' });
  });
});

describe('headerCount', () => {
  it('counts what the view lists', () => {
    expect(headerCount(facts({ rows: { offset: 3, count: 12 } }))).toBe(12);
    expect(headerCount(facts({ rows: null }))).toBeNull();
    expect(headerCount(facts({ view: 'unread', unread: 7 }))).toBe(7);
    expect(headerCount(facts({ view: 'unread', unread: null }))).toBeNull();
    expect(headerCount(facts({ view: 'starred', starred: [item('a')] }))).toBe(1);
    expect(headerCount(facts({ view: 'search', search: { rows: hits(4, 5), failed: false } }))).toBe(2);
    expect(headerCount(facts({ view: 'search' }))).toBeNull();
  });
});
