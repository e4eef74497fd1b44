import { describe, expect, it } from 'vitest';
import { stringifySearch } from '../../lib/search-params.ts';
import { validateBrowseSearch } from './browse-search.ts';

/** The validated search without its absent fields. */
const defined = (search: object) => Object.fromEntries(Object.entries(search).filter(([, value]) => value !== undefined));

describe('validateBrowseSearch', () => {
  it('keeps every param of a link the app writes', () => {
    expect(defined(validateBrowseSearch({ category: '金融/新浪财经', q: '火箭', from: '2024-03-01', to: '2024-03-31', unread: '1' }))).toEqual({
      category: '金融/新浪财经',
      q: '火箭',
      from: '2024-03-01',
      to: '2024-03-31',
      unread: 1,
    });
    expect(defined(validateBrowseSearch({ starred: '1', undated: '1' }))).toEqual({ starred: 1, undated: 1 });
  });

  it('has every field, undefined when absent, so no raw param shows through', () => {
    expect(validateBrowseSearch({})).toEqual({
      category: undefined,
      q: undefined,
      from: undefined,
      to: undefined,
      undated: undefined,
      unread: undefined,
      starred: undefined,
      sort: undefined,
    });
    expect(Object.keys(validateBrowseSearch({}))).toEqual(['category', 'q', 'from', 'to', 'undated', 'unread', 'starred', 'sort']);
  });

  it('reads a flag as 1 or true, and anything else as off', () => {
    for (const on of ['1', 'true', 1, true]) expect(validateBrowseSearch({ unread: on, starred: on })).toMatchObject({ unread: 1, starred: 1 });
    for (const off of ['0', 'false', 'yes', '', 2, null, {}]) expect(validateBrowseSearch({ unread: off, starred: off })).toMatchObject({ unread: undefined, starred: undefined });
  });

  it('trims the category and the query, and drops them when empty', () => {
    expect(validateBrowseSearch({ category: '  科技 ', q: ' 火箭  ' })).toMatchObject({ category: '科技', q: '火箭' });
    expect(validateBrowseSearch({ category: '   ', q: '\t' })).toMatchObject({ category: undefined, q: undefined });
  });

  it('turns a number query into text and drops other non-text values', () => {
    expect(validateBrowseSearch({ q: 2024 })).toMatchObject({ q: '2024' });
    expect(validateBrowseSearch({ q: 'x', sort: 'relevance' }).sort).toBe('relevance');
    for (const sort of ['newest', 'RELEVANCE', 1, ['relevance']]) expect(validateBrowseSearch({ q: 'x', sort }).sort).toBeUndefined();
    expect(validateBrowseSearch({ q: { a: 1 }, category: 7 })).toMatchObject({ q: undefined, category: undefined });
  });

  it('cuts a query at 1,000 characters, counting emoji as one', () => {
    expect(validateBrowseSearch({ q: 'a'.repeat(1500) }).q).toHaveLength(1000);
    expect(Array.from(validateBrowseSearch({ q: '🚀'.repeat(1200) }).q!)).toHaveLength(1000);
  });

  it('reads dates as the date filter does: canonical when understood, as typed when not', () => {
    expect(validateBrowseSearch({ from: '2024-3-1', to: 'soon', undated: 'no' })).toMatchObject({ from: '2024-03-01', to: 'soon', undated: undefined });
  });

  it('never throws on a hand-edited link, and is idempotent', () => {
    const odd = { category: '\\', q: '<script>', from: '2024-13-40', to: { x: 1 }, unread: '0', starred: [] };
    const once = validateBrowseSearch(odd);
    expect(validateBrowseSearch(once as Record<string, unknown>)).toEqual(once);
  });

  it('writes back the same address it read', () => {
    expect(stringifySearch(validateBrowseSearch({ category: '金融', from: '2024-03-01', unread: '1' }) as Record<string, unknown>)).toBe(
      '?category=金融&from=2024-03-01&unread=1',
    );
  });
});
