/**
 * On a 375 px phone the sidebar is a drawer, picking a category closes it, and an open
 * article takes the whole width with a way back to the list.
 */
import { expect, test } from '@playwright/test';
import { categoryParam, largestNodeAtLevel, readListItems } from './support/bundle.ts';
import { articleHeading, articleList, firstVisibleRow, listRegion, listTitle, revealTreeItem, scrollListToRow } from './support/reader-page.ts';

/** A row far enough down that the list has to be scrolled to show it first. */
const ROW = 8;

test.use({ viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true });

test('the drawer opens on demand, closes on a pick, and the reader fills the screen', async ({ page }) => {
  const node = largestNodeAtLevel(2);
  const items = readListItems(node.key);
  const sidebar = page.getByRole('navigation', { name: '分类导航' });

  await page.goto('/');
  await expect(listTitle(page)).toHaveText('全部');
  await expect(sidebar).toBeHidden();

  await page.getByRole('button', { name: '打开分类' }).click();
  await expect(sidebar).toBeVisible();
  await expect(sidebar.getByRole('button', { name: '关闭分类' })).toBeVisible();
  await (await revealTreeItem(page, node.path)).click();
  await expect(sidebar).toBeHidden();
  await expect(listTitle(page)).toHaveText(node.name);

  // The list leaves the page while the article is open: it must come back at the same place.
  await scrollListToRow(page, ROW);
  const before = await firstVisibleRow(page);
  expect(before).toEqual({ position: ROW, id: items[ROW - 1].id });
  const picked = items[ROW];
  await articleList(page).getByRole('link', { name: picked.title.trim() }).click();
  await expect(articleHeading(page)).toHaveText(picked.title.trim());
  await expect(listRegion(page)).toHaveCount(0);
  const reader = page.getByRole('article');
  expect((await reader.boundingBox())!.width).toBe(375);
  await expect(page.getByRole('link', { name: '关闭文章' })).toBeHidden();

  await page.getByRole('link', { name: '返回列表' }).click();
  await expect(listTitle(page)).toHaveText(node.name);
  await expect(articleHeading(page)).toHaveCount(0);
  await expect(page).toHaveURL((url) => url.pathname === '/' && url.searchParams.get('category') === categoryParam(node.path));
  await expect.poll(() => firstVisibleRow(page)).toEqual(before);
});

test('the drawer closes with its close button and leaves the list as it was', async ({ page }) => {
  const sidebar = page.getByRole('navigation', { name: '分类导航' });
  await page.goto('/');
  await page.getByRole('button', { name: '打开分类' }).click();
  await expect(sidebar).toBeVisible();
  await sidebar.getByRole('button', { name: '关闭分类' }).click();
  await expect(sidebar).toBeHidden();
  await expect(listTitle(page)).toHaveText('全部');
  await expect(page.getByRole('button', { name: '打开分类' })).toBeFocused();
});
