import { describe, expect, it } from 'vitest';
import { countDays, dayFacetsFile, listDaysFile } from './day-counts.ts';

describe('countDays', () => {
  it('counts members per day, ascending, and undated members apart', () => {
    const members = [{ day: '2024-03-02' }, { day: '2024-03-02' }, { day: '2024-02-29' }, { day: null }, { day: '2023-12-31' }];
    expect(countDays(members)).toEqual({
      days: [['2023-12-31', 1], ['2024-02-29', 1], ['2024-03-02', 2]],
      undated: 1,
    });
  });
});

describe('listDaysFile', () => {
  it('writes lists/<key>/days.json with the total of dated and undated members', () => {
    const [path, contents] = listDaysFile('cx', { days: [['2024-02-29', 1], ['2024-03-02', 2]], undated: 3 });
    expect(path).toBe('lists/cx/days.json');
    expect(JSON.parse(contents)).toEqual({ list: 'cx', total: 6, undated: 3, days: [['2024-02-29', 1], ['2024-03-02', 2]] });
  });
});

describe('dayFacetsFile', () => {
  it('encodes each node as [gap, count] pairs over the day axis', () => {
    const own = new Map([
      ['k1', { days: [['2024-01-05', 1], ['2024-02-01', 3]] as [string, number][], undated: 0 }],
      ['k2', { days: [['2024-01-01', 2]] as [string, number][], undated: 0 }],
    ]);
    const [path, contents] = dayFacetsFile(['2024-01-01', '2024-01-05', '2024-02-01'], own);
    expect(path).toBe('facets/days.json');
    expect(JSON.parse(contents)).toEqual({
      days: ['2024-01-01', '2024-01-05', '2024-02-01'],
      counts: { k1: [1, 1, 1, 3], k2: [0, 2] },
      undated: {},
    });
  });

  it('leaves out nodes with no dated article and counts undated ones apart', () => {
    const [, contents] = dayFacetsFile(['2024-01-01'], new Map([['k3', { days: [], undated: 2 }]]));
    expect(JSON.parse(contents)).toEqual({ days: ['2024-01-01'], counts: {}, undated: { k3: 2 } });
  });

  it('refuses a day missing from the axis', () => {
    expect(() => dayFacetsFile([], new Map([['k1', { days: [['2024-01-01', 1]] as [string, number][], undated: 0 }]]))).toThrow(
      'day 2024-01-01 of list k1 is not on the day axis',
    );
  });
});
