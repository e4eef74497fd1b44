import { describe, expect, it } from 'vitest';
import { barCoverage, timelineBars, timelineLevelFor } from './timeline-bars.ts';

const days: [string, number][] = [['2023-11-30', 2], ['2024-02-01', 1], ['2024-02-29', 4], ['2024-03-01', 3], ['2025-12-31', 1]];
const span = { first: '2023-11-30', last: '2025-12-31' };

describe('timelineLevelFor', () => {
  it('shows years without a date range', () => {
    expect(timelineLevelFor({ kind: 'none' }, span)).toEqual({ kind: 'years' });
    expect(timelineLevelFor({ kind: 'undated' }, span)).toEqual({ kind: 'years' });
  });
  it('shows the days of the month a range lies in', () => {
    expect(timelineLevelFor({ kind: 'range', from: '2024-02-03', to: '2024-02-10' }, span)).toEqual({ kind: 'days', month: '2024-02' });
  });
  it('shows the months of the year a range lies in', () => {
    expect(timelineLevelFor({ kind: 'range', from: '2024-01-01', to: '2024-12-31' }, span)).toEqual({ kind: 'months', year: '2024' });
  });
  it('shows years for a range across years', () => {
    expect(timelineLevelFor({ kind: 'range', from: '2023-12-25', to: '2024-01-07' }, span)).toEqual({ kind: 'years' });
  });
  it('closes an open end with the list\'s first or last day', () => {
    expect(timelineLevelFor({ kind: 'range', from: '2025-12-01', to: null }, span)).toEqual({ kind: 'days', month: '2025-12' });
  });
});

describe('timelineBars', () => {
  it('counts per year from the first to the last year, empty years included', () => {
    expect(timelineBars(days, { kind: 'years' })).toEqual([
      { from: '2023-01-01', to: '2023-12-31', count: 2 },
      { from: '2024-01-01', to: '2024-12-31', count: 8 },
      { from: '2025-01-01', to: '2025-12-31', count: 1 },
    ]);
  });
  it('draws a run of three or more empty years as one gap, and keeps shorter quiet spells as bars', () => {
    const history: [string, number][] = [['1936-12-31', 1], ['1938-05-01', 2], ['2019-01-02', 5], ['2021-07-01', 3], ['2025-03-01', 1]];
    expect(timelineBars(history, { kind: 'years' })).toEqual([
      { from: '1936-01-01', to: '1936-12-31', count: 1 },
      { from: '1937-01-01', to: '1937-12-31', count: 0 },
      { from: '1938-01-01', to: '1938-12-31', count: 2 },
      { from: '1939-01-01', to: '2018-12-31', count: 0, gap: true },
      { from: '2019-01-01', to: '2019-12-31', count: 5 },
      { from: '2020-01-01', to: '2020-12-31', count: 0 },
      { from: '2021-01-01', to: '2021-12-31', count: 3 },
      { from: '2022-01-01', to: '2024-12-31', count: 0, gap: true },
      { from: '2025-01-01', to: '2025-12-31', count: 1 },
    ]);
  });
  it('counts the 12 months of a year', () => {
    const bars = timelineBars(days, { kind: 'months', year: '2024' });
    expect(bars).toHaveLength(12);
    expect(bars.slice(0, 4)).toEqual([
      { from: '2024-01-01', to: '2024-01-31', count: 0 },
      { from: '2024-02-01', to: '2024-02-29', count: 5 },
      { from: '2024-03-01', to: '2024-03-31', count: 3 },
      { from: '2024-04-01', to: '2024-04-30', count: 0 },
    ]);
  });
  it('counts every day of a month', () => {
    const bars = timelineBars(days, { kind: 'days', month: '2024-02' });
    expect(bars).toHaveLength(29);
    expect(bars.filter((bar) => bar.count > 0)).toEqual([
      { from: '2024-02-01', to: '2024-02-01', count: 1 },
      { from: '2024-02-29', to: '2024-02-29', count: 4 },
    ]);
  });
  it('has no year bars for a list with no dated article', () => {
    expect(timelineBars([], { kind: 'years' })).toEqual([]);
  });
});

describe('barCoverage', () => {
  const march = { from: '2024-03-01', to: '2024-03-31', count: 3 };
  it('tells a bar inside, across the edge of, and outside a range', () => {
    expect(barCoverage(march, { kind: 'range', from: '2024-01-01', to: '2024-12-31' })).toBe('all');
    expect(barCoverage(march, { kind: 'range', from: '2024-03-20', to: null })).toBe('some');
    expect(barCoverage(march, { kind: 'range', from: '2024-04-01', to: null })).toBe('none');
    expect(barCoverage(march, { kind: 'none' })).toBe('none');
  });
});
