import { describe, expect, it } from 'vitest';
import type { BundleIndex, CategoryNode } from '../../bundle/schema.ts';
import { categoryParamName, resolveList } from './browse-list.ts';

const node = (key: string, path: string[], count: number, children: CategoryNode[] = []): CategoryNode =>
  ({ key, name: path.at(-1)!, path, count, children });

const sina = node('c2', ['金融', '新浪财经'], 3);
const slash = node('c3', ['A/B'], 1);
const finance = node('c1', ['金融'], 5, [sina]);
const index = { total: 9, categories: [finance, slash] } as unknown as BundleIndex;

describe('resolveList', () => {
  it('is the whole archive without a category', () => {
    expect(resolveList(index, undefined)).toEqual({ key: 'all', node: null, count: 9 });
    expect(resolveList(index, '')).toEqual({ key: 'all', node: null, count: 9 });
  });
  it('finds a node by its name path', () => {
    expect(resolveList(index, '金融')).toEqual({ key: 'c1', node: finance, count: 5 });
    expect(resolveList(index, '金融/新浪财经')).toEqual({ key: 'c2', node: sina, count: 3 });
  });
  it('reads an escaped slash inside a name', () => {
    expect(resolveList(index, 'A\\/B')?.key).toBe('c3');
  });
  it('is null for a category the archive does not have', () => {
    expect(resolveList(index, '金融/国内')).toBeNull();
    expect(resolveList(index, 'A/B')).toBeNull();
  });
});

describe('categoryParamName', () => {
  it('joins the names of the path', () => {
    expect(categoryParamName('金融/国内')).toBe('金融 / 国内');
    expect(categoryParamName('A\\/B')).toBe('A/B');
    expect(categoryParamName(undefined)).toBe('');
  });
});
