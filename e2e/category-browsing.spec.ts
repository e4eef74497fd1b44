/**
 * Issue 3: picking a category in the sidebar, at each level of the tree, lists exactly that
 * category's articles (and its descendants'), and every count shown agrees.
 */
import { expect, test } from '@playwright/test';
import type { CategoryNode } from '../src/bundle/schema.ts';
import { allNodes, largestNodeAtLevel, readArticle, readListItems } from './support/bundle.ts';
import { listCount, listTitle, parseCount, revealTreeItem, scrollListToEnd } from './support/reader-page.ts';

const isBelow = (node: CategoryNode, ancestor: CategoryNode) =>
  ancestor.path.every((name, i) => node.path[i] === name);

/** One node per level, the level-3 one from another branch than the level-2 one so their lists differ. */
function nodesToBrowse(): CategoryNode[] {
  const top = largestNodeAtLevel(1);
  const second = largestNodeAtLevel(2);
  const third = allNodes()
    .filter((node) => node.path.length === 3 && !isBelow(node, second))
    .sort((a, b) => b.count - a.count)[0];
  return [top, second, third];
}

for (const node of nodesToBrowse()) {
  test(`level ${node.path.length}: ${node.path.join(' / ')} lists only its own ${node.count} articles`, async ({ page }) => {
    await page.goto('/');
    await expect(listTitle(page)).toHaveText('全部');

    const item = await revealTreeItem(page, node.path);
    await item.click();
    await expect(item).toHaveAttribute('aria-selected', 'true');
    await expect(listTitle(page)).toHaveText(node.name);
    expect(new URL(page.url()).searchParams.get('category')?.split('/')).toEqual(node.path);

    const treeCount = parseCount((await item.textContent())!.slice(node.name.length));
    const headerCount = parseCount((await listCount(page).textContent())!);
    const { ids } = await scrollListToEnd(page);

    expect(treeCount).toBe(node.count);
    expect(headerCount).toBe(node.count);
    expect(ids).toHaveLength(node.count);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toEqual(readListItems(node.key).map((summary) => summary.id));
    for (const id of ids) {
      expect(readArticle(id).categoryPath.slice(0, node.path.length), `article ${id}`).toEqual(node.path);
    }
  });
}
