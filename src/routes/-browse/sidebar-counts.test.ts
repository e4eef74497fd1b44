import { describe, expect, it } from 'vitest';
import type { CategoryNode } from '../../bundle/schema.ts';
import type { ReadCounts } from '../../features/library/lib/read-counts.ts';
import { sidebarCounts, type SidebarFacts } from './sidebar-counts.ts';

const readCounts = (all: number, byKey: Record<string, number> = {}): ReadCounts => ({ all, byKey: new Map(Object.entries(byKey)) });

describe('sidebarCounts', () => {
  const node = (key: string, count: number): CategoryNode => ({ key, name: key, path: [key], count, children: [] });
  const tech = node('tech', 30);
  const base: SidebarFacts = {
    index: { total: 100 },
    filter: { kind: 'none' },
    span: null,
    inFilter: null,
    search: { active: false, total: null, categoryCounts: null },
    readCounts: readCounts(10, { tech: 4 }),
  };

  it("without filters: the tree's own counts, and what is unread of them", () => {
    const counts = sidebarCounts(base);
    expect(counts.total).toBe(100);
    expect(counts.countOf).toBeUndefined();
    expect(counts.unreadOf(null)).toBe(90);
    expect(counts.unreadOf(tech)).toBe(26);
  });

  it('under a date filter: the articles in range (unknown until the facets load)', () => {
    const filtered = { ...base, filter: { kind: 'range', from: '2024-01-01', to: null } as const, span: { offset: 20, count: 50 } };
    const loading = sidebarCounts(filtered);
    expect(loading.total).toBe(50);
    expect(loading.countOf!(tech)).toBeUndefined();
    expect(loading.unreadOf(tech)).toBeUndefined();
    expect(loading.unreadOf(null)).toBe(40);
    const loaded = sidebarCounts({ ...filtered, inFilter: new Map([['tech', 12]]) });
    expect(loaded.countOf!(tech)).toBe(12);
    expect(loaded.unreadOf(tech)).toBe(8);
  });

  it('under a search: the matches, and no unread counts', () => {
    const searching = { ...base, search: { active: true, total: 7, categoryCounts: new Map([['tech', 3]]) } };
    const counts = sidebarCounts(searching);
    expect(counts.total).toBe(7);
    expect(counts.countOf!(tech)).toBe(3);
    expect(counts.unreadOf(null)).toBeUndefined();
    expect(counts.unreadOf(tech)).toBeUndefined();
    expect(sidebarCounts({ ...searching, search: { active: true, total: null, categoryCounts: null } }).total).toBe(100);
  });

  it('without read marks loaded: no unread counts', () => {
    expect(sidebarCounts({ ...base, readCounts: null }).unreadOf(tech)).toBeUndefined();
  });
});
