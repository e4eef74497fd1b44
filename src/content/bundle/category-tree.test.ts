import { describe, expect, it } from 'vitest';
import type { CategoryNode } from '../../bundle/schema.ts';
import { baseCategoryKey } from './article-id.ts';
import { buildCategoryTree } from './category-tree.ts';

/** name(count)[children] — a compact picture of a tree for literal expectations. */
function shape(nodes: CategoryNode[]): string {
  return nodes.map((n) => `${n.name}(${n.count})${n.children.length ? `[${shape(n.children)}]` : ''}`).join(' ');
}

describe('buildCategoryTree', () => {
  const tree = buildCategoryTree([
    ['金融', '新浪财经', '国内'],
    ['金融', '新浪财经', '国内'],
    ['金融', '新浪财经', '港股'],
    ['金融', '财新'],
    ['金融'],
    ['二次元', 'pixiv'],
    ['📰'],
    ['！'],
    [],
    [],
  ]);

  it('counts the articles of each node and its descendants, at every level', () => {
    expect(shape(tree.roots)).toBe('二次元(1)[pixiv(1)] 金融(5)[新浪财经(3)[国内(2) 港股(1)] 财新(1)] ！(1) 📰(1)');
  });

  it('counts articles without a category as uncategorized, in no node', () => {
    expect(tree.uncategorized).toBe(2);
  });

  it('keys each node by its name path and lists nodes parents first', () => {
    expect(tree.nodes.map((n) => n.path.join('/'))).toEqual([
      '二次元', '二次元/pixiv', '金融', '金融/新浪财经', '金融/新浪财经/国内', '金融/新浪财经/港股', '金融/财新', '！', '📰',
    ]);
    expect(tree.nodes.every((n) => n.key === baseCategoryKey(n.path))).toBe(true);
    expect(tree.prefixKeys(['金融', '财新'])).toEqual([baseCategoryKey(['金融']), baseCategoryKey(['金融', '财新'])]);
    expect(tree.prefixKeys([])).toEqual([]);
    expect(tree.prefixKeysAt(3)).toEqual(tree.prefixKeys(['金融', '财新']));
    expect(tree.prefixKeysAt(0)).toEqual(tree.nodes.filter((n) => ['金融', '金融/新浪财经', '金融/新浪财经/国内'].includes(n.path.join('/'))).map((n) => n.key));
    expect(tree.prefixKeysAt(9)).toEqual([]);
  });

  it('gives the same tree whatever the order of the articles', () => {
    const reversed = buildCategoryTree([['b', 'y'], ['a'], ['b', 'x']]);
    const forward = buildCategoryTree([['b', 'x'], ['a'], ['b', 'y']]);
    expect(JSON.stringify(reversed.roots)).toBe(JSON.stringify(forward.roots));
    expect(shape(forward.roots)).toBe('a(1) b(2)[x(1) y(1)]');
  });

  it('keeps a node named like a path separator apart from a nested path', () => {
    const t = buildCategoryTree([['a/b'], ['a', 'b']]);
    expect(shape(t.roots)).toBe('a(1)[b(1)] a/b(1)');
  });
});
