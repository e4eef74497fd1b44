/**
 * The category tree of the bundle: a node for every prefix of every article's category path,
 * counting the articles in the node and its descendants, children in code-point order.
 */
import type { CategoryNode } from '../../bundle/schema.ts';
import { assignKeys, categoryIdentity, CATEGORY_KEY_PREFIX } from './article-id.ts';
import { compareCodePoints } from './code-point-order.ts';

export interface CategoryTree {
  /** Top-level nodes, sorted by name. */
  roots: CategoryNode[];
  /** Every node, parents before children, in display order. */
  nodes: CategoryNode[];
  /** Articles whose category path is empty (they are only in the `all` list). */
  uncategorized: number;
  /** Keys of the nodes for each prefix of `path`, top level first (empty for no category). */
  prefixKeys(path: readonly string[]): readonly string[];
  /** `prefixKeys` of the `i`th path the tree was built from (without serializing it again). */
  prefixKeysAt(i: number): readonly string[];
}

export function buildCategoryTree(paths: readonly (readonly string[])[]): CategoryTree {
  // The distinct paths first: 100,000 articles share a few hundred. Each path's identity is
  // kept for `prefixKeysAt`.
  const pathIdentities = new Array<string>(paths.length);
  const distinct = new Map<string, { path: readonly string[]; count: number }>();
  let uncategorized = 0;
  for (let i = 0; i < paths.length; i++) {
    const path = paths[i];
    const identity = (pathIdentities[i] = categoryIdentity(path));
    if (path.length === 0) {
      uncategorized++;
      continue;
    }
    const seen = distinct.get(identity);
    if (seen) seen.count++;
    else distinct.set(identity, { path, count: 1 });
  }
  const byIdentity = new Map<string, CategoryNode>();
  for (const { path, count } of distinct.values()) {
    for (let depth = 1; depth <= path.length; depth++) {
      const prefix = path.slice(0, depth);
      const identity = categoryIdentity(prefix);
      let node = byIdentity.get(identity);
      if (!node) {
        node = { key: '', name: prefix[depth - 1], path: prefix, count: 0, children: [] };
        byIdentity.set(identity, node);
      }
      node.count += count;
    }
  }

  // Keys are assigned over the sorted identities so collision handling never depends on
  // the order articles arrived in.
  const identities = [...byIdentity.keys()].sort(compareCodePoints);
  const { keys } = assignKeys(identities, CATEGORY_KEY_PREFIX);
  identities.forEach((identity, i) => {
    byIdentity.get(identity)!.key = keys[i];
  });

  const roots: CategoryNode[] = [];
  for (const node of byIdentity.values()) {
    const parent = node.path.length === 1 ? null : byIdentity.get(categoryIdentity(node.path.slice(0, -1)))!;
    (parent ? parent.children : roots).push(node);
  }
  const byName = (a: CategoryNode, b: CategoryNode) => compareCodePoints(a.name, b.name);
  const nodes: CategoryNode[] = [];
  const visit = (list: CategoryNode[]) => {
    list.sort(byName);
    for (const node of list) {
      nodes.push(node);
      visit(node.children);
    }
  };
  visit(roots);

  // Asked once per article: 100,000 articles share a few hundred paths.
  const answers = new Map<string, string[]>();
  const keysOf = (path: readonly string[], identity: string) => {
    let out = answers.get(identity);
    if (out) return out;
    out = [];
    for (let depth = 1; depth <= path.length; depth++) {
      out.push(byIdentity.get(categoryIdentity(path.slice(0, depth)))!.key);
    }
    answers.set(identity, out);
    return out;
  };
  return {
    roots,
    nodes,
    uncategorized,
    prefixKeys: (path) => keysOf(path, categoryIdentity(path)),
    prefixKeysAt: (i) => keysOf(paths[i], pathIdentities[i]),
  };
}
