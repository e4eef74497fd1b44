import type { CategoryNode } from '../../../bundle/schema.ts';

/** The node at a name path (top level first), or null when any level is missing. */
export function findCategoryByPath(roots: readonly CategoryNode[], path: readonly string[]): CategoryNode | null {
  let level = roots;
  let found: CategoryNode | null = null;
  for (const name of path) {
    found = level.find((node) => node.name === name) ?? null;
    if (!found) return null;
    level = found.children;
  }
  return found;
}

/** Every node of the tree by its key, for turning an article's `category` key into a path. */
export function indexCategoriesByKey(roots: readonly CategoryNode[]): Map<string, CategoryNode> {
  const byKey = new Map<string, CategoryNode>();
  const stack = [...roots];
  while (stack.length) {
    const node = stack.pop()!;
    byKey.set(node.key, node);
    stack.push(...node.children);
  }
  return byKey;
}

/** Keys of the strict ancestors of the node at `path`, top level first. */
export function ancestorKeys(roots: readonly CategoryNode[], path: readonly string[]): string[] {
  const keys: string[] = [];
  for (let depth = 1; depth < path.length; depth++) {
    const node = findCategoryByPath(roots, path.slice(0, depth));
    if (!node) break;
    keys.push(node.key);
  }
  return keys;
}

/**
 * How an article's category reads inside a list of `basePath`: the levels below the list's own
 * node (`新浪财经 / 国内` inside `金融`), joined by ` / `; empty when it sits in that node itself.
 */
export function categoryLabelWithin(path: readonly string[], basePath: readonly string[]): string {
  const inside = basePath.every((name, i) => path[i] === name);
  return (inside ? path.slice(basePath.length) : path).join(' / ');
}
