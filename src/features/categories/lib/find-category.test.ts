import { describe, expect, it } from 'vitest';
import type { CategoryNode } from '../../../bundle/schema.ts';
import { ancestorKeys, categoryLabelWithin, findCategoryByPath, indexCategoriesByKey } from './find-category.ts';

const node = (key: string, path: string[], children: CategoryNode[] = []): CategoryNode =>
  ({ key, name: path[path.length - 1], path, count: 1, children });

const tree: CategoryNode[] = [
  node('k1', ['金融'], [node('k2', ['金融', '新浪财经'], [node('k3', ['金融', '新浪财经', '国内'])])]),
  node('k4', ['博客'], [node('k5', ['博客', 'A/B'])]),
];

describe('findCategoryByPath', () => {
  it('finds a top-level node', () => {
    expect(findCategoryByPath(tree, ['博客'])?.key).toBe('k4');
  });
  it('finds a deep node', () => {
    expect(findCategoryByPath(tree, ['金融', '新浪财经', '国内'])?.key).toBe('k3');
  });
  it('finds a name containing a slash', () => {
    expect(findCategoryByPath(tree, ['博客', 'A/B'])?.key).toBe('k5');
  });
  it('returns null when a level is missing', () => {
    expect(findCategoryByPath(tree, ['金融', '国内'])).toBeNull();
  });
  it('returns null for a name only found at another level', () => {
    expect(findCategoryByPath(tree, ['新浪财经'])).toBeNull();
  });
});

describe('indexCategoriesByKey', () => {
  it('holds every node of every level', () => {
    expect([...indexCategoriesByKey(tree).keys()].sort()).toEqual(['k1', 'k2', 'k3', 'k4', 'k5']);
  });
  it('maps a key to its node', () => {
    expect(indexCategoriesByKey(tree).get('k3')?.path).toEqual(['金融', '新浪财经', '国内']);
  });
});

describe('ancestorKeys', () => {
  it('lists the ancestors top level first, without the node itself', () => {
    expect(ancestorKeys(tree, ['金融', '新浪财经', '国内'])).toEqual(['k1', 'k2']);
  });
  it('is empty for a top-level node', () => {
    expect(ancestorKeys(tree, ['金融'])).toEqual([]);
  });
});

describe('categoryLabelWithin', () => {
  it('shows the whole path inside All', () => {
    expect(categoryLabelWithin(['金融', '新浪财经', '国内'], [])).toBe('金融 / 新浪财经 / 国内');
  });
  it('shows the levels below the list category', () => {
    expect(categoryLabelWithin(['金融', '新浪财经', '国内'], ['金融'])).toBe('新浪财经 / 国内');
  });
  it('is empty for an article in the list category itself', () => {
    expect(categoryLabelWithin(['金融'], ['金融'])).toBe('');
  });
  it('shows the whole path of an article outside the list category', () => {
    expect(categoryLabelWithin(['博客'], ['金融'])).toBe('博客');
  });
});
