/** The category tree works from the keyboard: arrows move, Right expands, Enter opens. */
import { expect, test } from '@playwright/test';
import { readIndex } from './support/bundle.ts';
import { listTitle, treeItemName } from './support/reader-page.ts';

test('arrow keys walk the tree, Right expands a node and Enter opens its list', async ({ page }) => {
  const [firstRoot] = readIndex().categories;
  expect(firstRoot.children.length, 'the first top-level category has subcategories').toBeGreaterThan(0);
  const firstChild = firstRoot.children[0];
  await page.goto('/');
  const all = page.getByRole('treeitem', { name: /^全部/ });
  await expect(all).toHaveAttribute('aria-selected', 'true');

  await all.focus();
  await page.keyboard.press('ArrowDown');
  const root = page.getByRole('treeitem', { name: treeItemName(firstRoot.name), level: 1 });
  await expect(root).toBeFocused();
  await expect(root).toHaveAttribute('aria-expanded', 'false');

  await page.keyboard.press('ArrowRight');
  await expect(root).toHaveAttribute('aria-expanded', 'true');
  await page.keyboard.press('ArrowRight');
  const child = page.getByRole('treeitem', { name: treeItemName(firstChild.name), level: 2 });
  await expect(child).toBeFocused();

  await page.keyboard.press('Enter');
  await expect(listTitle(page)).toHaveText(firstChild.name);
  await expect(child).toHaveAttribute('aria-selected', 'true');
});
