import { describe, expect, it } from 'vitest';
import type { ArticleSummary } from '../../../bundle/schema.ts';
import { candidatePages, locateInPages, neighboursAt, neighboursIn, pagesAroundPosition } from './list-neighbours.ts';

const item = (id: string): ArticleSummary =>
  ({ id, title: id, date: null, day: null, category: null, author: null, thumb: null, excerpt: '' });

describe('candidatePages', () => {
  const pages: [string | null, string | null][] = [
    ['2021-12-24', '2021-12-20'],
    ['2021-12-20', '2021-12-02'],
    ['2021-11-30', null],
    [null, null],
  ];
  it('finds the page whose span holds the day', () => {
    expect(candidatePages(pages, '2021-12-22')).toEqual([0]);
  });
  it('finds both pages when the day straddles a page boundary', () => {
    expect(candidatePages(pages, '2021-12-20')).toEqual([0, 1]);
  });
  it('finds a dated day on a page that runs into the undated tail', () => {
    expect(candidatePages(pages, '2021-01-01')).toEqual([2]);
  });
  it('finds undated articles on the pages that hold undated items', () => {
    expect(candidatePages(pages, null)).toEqual([2, 3]);
  });
  it('finds nothing for a day newer than the list', () => {
    expect(candidatePages(pages, '2022-01-01')).toEqual([]);
  });
});

describe('locateInPages', () => {
  it('gives the page and index of the id', () => {
    const loaded = new Map([[0, [item('a'), item('b')]], [1, [item('c'), item('d')]]]);
    expect(locateInPages(loaded, 'd')).toEqual({ page: 1, index: 1 });
  });
  it('gives null when no loaded page holds the id', () => {
    expect(locateInPages(new Map([[0, [item('a')]]]), 'z')).toBeNull();
  });
});

describe('pagesAroundPosition', () => {
  it('needs only its own page in the middle of a page', () => {
    expect(pagesAroundPosition({ page: 2, index: 5 }, 100, 4)).toEqual([2]);
  });
  it('needs the page before at the top of a page', () => {
    expect(pagesAroundPosition({ page: 2, index: 0 }, 100, 4)).toEqual([1, 2]);
  });
  it('needs the page after at the bottom of a page', () => {
    expect(pagesAroundPosition({ page: 2, index: 99 }, 100, 4)).toEqual([2, 3]);
  });
  it('needs no page after the last page', () => {
    expect(pagesAroundPosition({ page: 3, index: 99 }, 100, 4)).toEqual([3]);
  });
});

describe('neighboursAt', () => {
  const loaded = new Map([[0, [item('a'), item('b')]], [1, [item('c'), item('d')]]]);
  it('takes the items above and below on the same page', () => {
    const three = new Map([[0, [item('a'), item('b'), item('c')]]]);
    expect(neighboursAt(three, { page: 0, index: 1 })).toEqual({ previous: item('a'), next: item('c') });
  });
  it('crosses into the next page at the bottom of a page', () => {
    expect(neighboursAt(loaded, { page: 0, index: 1 })).toEqual({ previous: item('a'), next: item('c') });
  });
  it('crosses into the previous page at the top of a page', () => {
    expect(neighboursAt(loaded, { page: 1, index: 0 })).toEqual({ previous: item('b'), next: item('d') });
  });
  it('has no previous at the top of the list', () => {
    expect(neighboursAt(loaded, { page: 0, index: 0 }).previous).toBeNull();
  });
  it('has no next at the end of the list', () => {
    expect(neighboursAt(loaded, { page: 1, index: 1 }).next).toBeNull();
  });
});

describe('neighbours that skip articles (unread only)', () => {
  const loaded = new Map([[0, [item('a'), item('b'), item('c')]], [1, [item('d'), item('e')]]]);
  const unread = (item: ArticleSummary) => !['b', 'c', 'd'].includes(item.id);
  it('walks past skipped items, across pages', () => {
    expect(neighboursAt(loaded, { page: 0, index: 0 }, unread)).toEqual({ previous: null, next: item('e') });
    expect(neighboursAt(loaded, { page: 1, index: 1 }, unread)).toEqual({ previous: item('a'), next: null });
  });
  it('stops at a page that is not loaded rather than guessing', () => {
    const partial = new Map([[0, [item('a'), item('b')]], [2, [item('e')]]]);
    expect(neighboursAt(partial, { page: 0, index: 0 }, unread).next).toBeNull();
  });
  it('loads both pages around when skipping', () => {
    expect(pagesAroundPosition({ page: 2, index: 5 }, 100, 4, true)).toEqual([1, 2, 3]);
  });
});

describe('neighboursIn', () => {
  it('finds the items around an id in a list held whole', () => {
    expect(neighboursIn([item('a'), item('b'), item('c')], 'b')).toEqual({ previous: item('a'), next: item('c') });
    expect(neighboursIn([item('a')], 'z')).toEqual({ previous: null, next: null });
  });
});
