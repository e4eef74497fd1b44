import { describe, expect, it } from 'vitest';
import type { ReadCounts } from '../../features/library/lib/read-counts.ts';
import { unreadOfList, viewKindOf } from './browse-view.ts';

describe('viewKindOf', () => {
  it('lets a search replace every other view, and Starred win over unread only', () => {
    expect(viewKindOf({ starred: 1, unread: 1 }, true)).toBe('search');
    expect(viewKindOf({ starred: 1, unread: 1 }, false)).toBe('starred');
    expect(viewKindOf({ unread: 1 }, false)).toBe('unread');
    expect(viewKindOf({}, false)).toBe('list');
  });
});

const readCounts = (all: number, byKey: Record<string, number> = {}): ReadCounts => ({ all, byKey: new Map(Object.entries(byKey)) });

describe('unreadOfList', () => {
  it('is the count less what is read in the list, never below 0', () => {
    expect(unreadOfList(40, readCounts(5, { c1: 2 }), 'all')).toBe(35);
    expect(unreadOfList(10, readCounts(5, { c1: 2 }), 'c1')).toBe(8);
    expect(unreadOfList(10, readCounts(5, {}), 'c2')).toBe(10);
    expect(unreadOfList(1, readCounts(5, { c1: 3 }), 'c1')).toBe(0);
  });
  it('is unknown while the count or the read marks are', () => {
    expect(unreadOfList(null, readCounts(0), 'all')).toBeNull();
    expect(unreadOfList(undefined, readCounts(0), 'all')).toBeNull();
    expect(unreadOfList(4, null, 'all')).toBeNull();
  });
});
