import { describe, expect, it } from 'vitest';
import { dateFilterKey, dateSearchOf, filterKeepsDay, listScrollKey, readDateFilter, readDayParam, validateDateSearch } from './date-filter.ts';

describe('readDayParam', () => {
  it('keeps a canonical day', () => {
    expect(readDayParam('2024-03-05', 'from')).toBe('2024-03-05');
  });
  it('reads unpadded, slashed, dotted and compact spellings', () => {
    expect(readDayParam('2024-3-5', 'from')).toBe('2024-03-05');
    expect(readDayParam('2024/03/05', 'to')).toBe('2024-03-05');
    expect(readDayParam('2024.3.5', 'to')).toBe('2024-03-05');
    expect(readDayParam('20240305', 'from')).toBe('2024-03-05');
    expect(readDayParam(' 2024-03-05 ', 'from')).toBe('2024-03-05');
  });
  it('reads a month as its first day for from and its last day for to', () => {
    expect(readDayParam('2024-02', 'from')).toBe('2024-02-01');
    expect(readDayParam('2024-02', 'to')).toBe('2024-02-29');
  });
  it('reads a year as its first or last day', () => {
    expect(readDayParam('2025', 'from')).toBe('2025-01-01');
    expect(readDayParam('2025', 'to')).toBe('2025-12-31');
  });
  it('rejects impossible days and garbage', () => {
    expect(readDayParam('2023-02-29', 'from')).toBeNull();
    expect(readDayParam('2024-13', 'from')).toBeNull();
    expect(readDayParam('2024-00-10', 'to')).toBeNull();
    expect(readDayParam('yesterday', 'from')).toBeNull();
    expect(readDayParam('2024-03-05T10:00', 'from')).toBeNull();
    expect(readDayParam('<script>', 'to')).toBeNull();
  });
});

describe('validateDateSearch', () => {
  it('canonicalises what it understands and keeps the rest as typed', () => {
    expect(validateDateSearch({ from: '2024-3-1', to: 'soon' })).toEqual({ from: '2024-03-01', to: 'soon' });
  });
  it('drops empty params and reads undated=1 or true', () => {
    expect(validateDateSearch({ from: '  ', undated: '1' })).toEqual({ undated: 1 });
    expect(validateDateSearch({ undated: 'true' })).toEqual({ undated: 1 });
    expect(validateDateSearch({ undated: 'no' })).toEqual({});
  });
  it('turns a non-string value into text instead of throwing', () => {
    expect(validateDateSearch({ from: 20240301, to: { a: 1 } })).toEqual({ from: '2024-03-01', to: '[object Object]' });
  });
});

describe('readDateFilter', () => {
  it('is no filter without params', () => {
    expect(readDateFilter({})).toEqual({ filter: { kind: 'none' }, notices: [] });
  });
  it('reads an open-ended range', () => {
    expect(readDateFilter({ from: '2024-03-01' })).toEqual({ filter: { kind: 'range', from: '2024-03-01', to: null }, notices: [] });
    expect(readDateFilter({ to: '2024-03-01' })).toEqual({ filter: { kind: 'range', from: null, to: '2024-03-01' }, notices: [] });
  });
  it('keeps the good end of a range and reports the bad one', () => {
    expect(readDateFilter({ from: 'garbage', to: '2024-03-31' })).toEqual({
      filter: { kind: 'range', from: null, to: '2024-03-31' },
      notices: [{ kind: 'invalid', param: 'from', value: 'garbage' }],
    });
  });
  it('is no filter when both ends are bad, and says so', () => {
    expect(readDateFilter({ from: '2024-02-30', to: 'x' })).toEqual({
      filter: { kind: 'none' },
      notices: [{ kind: 'invalid', param: 'from', value: '2024-02-30' }, { kind: 'invalid', param: 'to', value: 'x' }],
    });
  });
  it('swaps a from after to and says so', () => {
    expect(readDateFilter({ from: '2024-05-01', to: '2024-03-01' })).toEqual({
      filter: { kind: 'range', from: '2024-03-01', to: '2024-05-01' },
      notices: [{ kind: 'swapped', from: '2024-03-01', to: '2024-05-01' }],
    });
  });
  it('lets undated win over a range and says the range was ignored', () => {
    expect(readDateFilter({ undated: 1, from: '2024-05-01' })).toEqual({ filter: { kind: 'undated' }, notices: [{ kind: 'rangeIgnored' }] });
  });
});

describe('dateSearchOf and dateFilterKey', () => {
  it('clears the params a filter does not use', () => {
    expect(dateSearchOf({ kind: 'range', from: '2024-03-01', to: null })).toEqual({ from: '2024-03-01', to: undefined, undated: undefined });
    expect(dateSearchOf({ kind: 'undated' })).toEqual({ from: undefined, to: undefined, undated: 1 });
  });
  it('keys filters apart', () => {
    expect(dateFilterKey({ kind: 'range', from: '2024-03-01', to: null })).toBe('2024-03-01..');
    expect(dateFilterKey({ kind: 'none' })).toBe('none');
  });
});

describe('listScrollKey', () => {
  it('is the list key alone without a filter, so the sidebar can forget it', () => {
    expect(listScrollKey('all', { kind: 'none' })).toBe('all');
    expect(listScrollKey('k1', { kind: 'undated' })).toBe('k1@undated');
  });
});

describe('filterKeepsDay', () => {
  const march = { kind: 'range', from: '2024-03-01', to: '2024-03-31' } as const;
  it('keeps the days of a range, both ends included, and no undated article', () => {
    expect([filterKeepsDay(march, '2024-03-01'), filterKeepsDay(march, '2024-03-31'), filterKeepsDay(march, '2024-04-01'), filterKeepsDay(march, null)])
      .toEqual([true, true, false, false]);
  });
  it('keeps only undated articles for the undated filter, and everything without a filter', () => {
    expect([filterKeepsDay({ kind: 'undated' }, null), filterKeepsDay({ kind: 'undated' }, '2024-03-01')]).toEqual([true, false]);
    expect(filterKeepsDay({ kind: 'none' }, null)).toBe(true);
  });
});
