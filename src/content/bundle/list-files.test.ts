import { describe, expect, it } from 'vitest';
import type { ListIndex } from '../../bundle/schema.ts';
import { listFiles, type ListMember } from './list-files.ts';

const member = (id: string, day: string | null): ListMember => ({ id, json: JSON.stringify({ id, day }), day });

describe('listFiles', () => {
  it('cuts the list into pages of pageSize and records each page\'s day span', () => {
    const members = [member('a', '2024-03-02'), member('b', '2024-03-01'), member('c', '2024-02-01'), member('d', null), member('e', null)];
    const files = Object.fromEntries(listFiles('cx', members, 2));
    expect(Object.keys(files)).toEqual(['lists/cx/0.json', 'lists/cx/1.json', 'lists/cx/2.json', 'lists/cx/index.json']);
    expect(JSON.parse(files['lists/cx/1.json'])).toEqual({
      list: 'cx', page: 1, pages: 3, total: 5,
      items: [{ id: 'c', day: '2024-02-01' }, { id: 'd', day: null }],
    });
    expect(JSON.parse(files['lists/cx/index.json'])).toEqual({
      list: 'cx', total: 5, pageSize: 2,
      pages: [['2024-03-02', '2024-03-01'], ['2024-02-01', '2024-02-01'], [null, null]],
    });
  });

  it('writes the same bytes as JSON.stringify of the page object', () => {
    const [[, page]] = listFiles('all', [member('a', null)], 100);
    expect(page).toBe(JSON.stringify({ list: 'all', page: 0, pages: 1, total: 1, items: [{ id: 'a', day: null }] }));
  });

  it('writes an empty page 0 for an empty list', () => {
    const files = Object.fromEntries(listFiles('all', [], 100));
    expect(JSON.parse(files['lists/all/0.json'])).toEqual({ list: 'all', page: 0, pages: 1, total: 0, items: [] });
    expect((JSON.parse(files['lists/all/index.json']) as ListIndex).pages).toEqual([[null, null]]);
  });
});
