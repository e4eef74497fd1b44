import { describe, expect, it } from 'vitest';
import { daySpan, rowsOfFilter, type DayTally } from './list-rows.ts';

// Rows, newest first: 2 of 03-05, 3 of 03-01, 1 of 02-29, 4 of 01-31, then 2 undated.
const list: DayTally = {
  total: 12,
  undated: 2,
  days: [['2024-01-31', 4], ['2024-02-29', 1], ['2024-03-01', 3], ['2024-03-05', 2]],
};

describe('rowsOfFilter', () => {
  it('keeps every row without a filter', () => {
    expect(rowsOfFilter(list, { kind: 'none' })).toEqual({ offset: 0, count: 12 });
  });
  it('keeps the rows of a closed range, after the rows of later days', () => {
    expect(rowsOfFilter(list, { kind: 'range', from: '2024-02-01', to: '2024-03-01' })).toEqual({ offset: 2, count: 4 });
  });
  it('includes both end days', () => {
    expect(rowsOfFilter(list, { kind: 'range', from: '2024-03-05', to: '2024-03-05' })).toEqual({ offset: 0, count: 2 });
    expect(rowsOfFilter(list, { kind: 'range', from: '2024-01-31', to: '2024-01-31' })).toEqual({ offset: 6, count: 4 });
  });
  it('runs an open start back to the oldest dated row, leaving the undated tail out', () => {
    expect(rowsOfFilter(list, { kind: 'range', from: null, to: '2024-02-29' })).toEqual({ offset: 5, count: 5 });
  });
  it('runs an open end up to the newest row', () => {
    expect(rowsOfFilter(list, { kind: 'range', from: '2024-03-01', to: null })).toEqual({ offset: 0, count: 5 });
  });
  it('keeps nothing for a range between or outside the list\'s days', () => {
    expect(rowsOfFilter(list, { kind: 'range', from: '2024-03-02', to: '2024-03-04' }).count).toBe(0);
    expect(rowsOfFilter(list, { kind: 'range', from: '2030-01-01', to: null })).toEqual({ offset: 0, count: 0 });
  });
  it('keeps the undated tail for the undated filter', () => {
    expect(rowsOfFilter(list, { kind: 'undated' })).toEqual({ offset: 10, count: 2 });
  });
});

describe('daySpan', () => {
  it('gives the first and last day, or null', () => {
    expect(daySpan(list.days)).toEqual({ first: '2024-01-31', last: '2024-03-05' });
    expect(daySpan([])).toBeNull();
  });
});
