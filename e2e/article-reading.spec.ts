/**
 * Reading from a filtered list: the article opens with its breadcrumb, the URL keeps the
 * filter, a reload shows the same article, and Back lands on the same place in the list.
 */
import { expect, test } from '@playwright/test';
import { categoryParam, largestNodeAtLevel, listUrl, readArticle, readListItems } from './support/bundle.ts';
import { articleHeading, articleList, categoryTree, firstVisibleRow, listTitle, scrollListToRow, treeItemName } from './support/reader-page.ts';

const node = largestNodeAtLevel(1);
const items = readListItems(node.key);
/** Far enough down that the list must have scrolled, with rows below it still in view. */
const FIRST_ROW = 20;

test('an article opened from a filtered list keeps the filter through reload and Back', async ({ page }) => {
  expect(items.length).toBeGreaterThan(FIRST_ROW + 5);
  await page.goto(listUrl(node.path));
  await expect(listTitle(page)).toHaveText(node.name);

  await scrollListToRow(page, FIRST_ROW);
  const before = await firstVisibleRow(page);
  expect(before).toEqual({ position: FIRST_ROW, id: items[FIRST_ROW - 1].id });

  const picked = items[FIRST_ROW + 1];
  const article = readArticle(picked.id);
  const row = articleList(page).getByRole('link', { name: picked.title.trim() });
  // Its address (a new tab, a copied link) is where the click goes.
  const rowHref = new URL((await row.getAttribute('href'))!, page.url()).href;
  await row.click();

  await expect(articleHeading(page)).toHaveText(article.title.trim());
  await expect(page).toHaveURL((url) => url.pathname === `/articles/${picked.id}` && url.searchParams.get('category') === categoryParam(node.path));
  expect(page.url()).toBe(rowHref);
  const crumbs = page.getByRole('navigation', { name: '分类路径' }).getByRole('link');
  await expect(crumbs).toHaveText(article.categoryPath);
  for (let depth = 1; depth <= article.categoryPath.length; depth++) {
    const href = (await crumbs.nth(depth - 1).getAttribute('href'))!;
    expect(new URL(href, page.url()).searchParams.get('category')).toBe(categoryParam(article.categoryPath.slice(0, depth)));
  }
  // The open article is marked in the list (TanStack's active link says aria-current="page").
  await expect(articleList(page).locator('a[aria-current]')).toHaveCount(1);
  await expect(articleList(page).getByRole('link', { name: picked.title.trim() })).toHaveAttribute('aria-current', /^(page|true)$/);

  await page.reload();
  await expect(articleHeading(page)).toHaveText(article.title.trim());
  await expect(categoryTree(page).getByRole('treeitem', { name: treeItemName(node.name), level: 1 })).toHaveAttribute('aria-selected', 'true');

  await page.goBack();
  await expect(page).toHaveURL((url) => url.pathname === '/' && url.searchParams.get('category') === categoryParam(node.path));
  await expect(articleHeading(page)).toHaveCount(0);
  await expect(listTitle(page)).toHaveText(node.name);
  await expect.poll(() => firstVisibleRow(page)).toEqual(before);
});

test('a breadcrumb link opens the list of that level', async ({ page }) => {
  const deep = items.find((item) => readArticle(item.id).categoryPath.length === 3)!;
  const path = readArticle(deep.id).categoryPath;
  await page.goto(`/articles/${deep.id}`);
  await page.getByRole('navigation', { name: '分类路径' }).getByRole('link', { name: path[1], exact: true }).click();
  await expect(listTitle(page)).toHaveText(path[1]);
  await expect(page).toHaveURL((url) => url.pathname === '/' && url.searchParams.get('category') === categoryParam(path.slice(0, 2)));
  await expect(articleHeading(page)).toHaveCount(0);
});
