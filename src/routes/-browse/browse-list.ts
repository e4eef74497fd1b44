/**
 * The list a browse view shows, from its `category` param: the one place the param is decoded.
 */
import { ALL_LIST, type BundleIndex, type CategoryNode } from '../../bundle/schema.ts';
import { findCategoryByPath } from '../../features/categories/lib/find-category.ts';
import { decodeCategoryParam } from '../../lib/category-param.ts';

export interface ResolvedList {
  /** `all`, or the category's key. */
  key: string;
  /** null for the whole archive. */
  node: CategoryNode | null;
  /** Articles in the list, with no filter. */
  count: number;
}

/** The list `category` names (absent: the whole archive), or null when the archive has no such category. */
export function resolveList(index: BundleIndex, category: string | undefined): ResolvedList | null {
  if (!category) return { key: ALL_LIST, node: null, count: index.total };
  const node = findCategoryByPath(index.categories, decodeCategoryParam(category));
  return node ? { key: node.key, node, count: node.count } : null;
}

/** How a `category` param reads to a person (`金融 / 新浪财经`): for a category that does not exist. */
export function categoryParamName(category: string | undefined): string {
  return category ? decodeCategoryParam(category).join(' / ') : '';
}
