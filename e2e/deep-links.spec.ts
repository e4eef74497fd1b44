/**
 * Every view is a link: a URL copied from one browser opens the same view in a fresh one
 * (no shared storage or history), including category names that hold a `/`.
 */
import { expect, test, type Browser, type Page } from '@playwright/test';
import { allNodes, categoryParam, readArticle, readListItems } from './support/bundle.ts';
import { articleHeading, articleList, listCount, listTitle, revealTreeItem, treeItemName } from './support/reader-page.ts';

const deepest = allNodes().filter((node) => node.path.length === 3).sort((a, b) => b.count - a.count)[0];
const slashed = allNodes().find((node) => node.name.includes('/'))!;

async function openInFreshBrowser(browser: Browser, baseURL: string | undefined, url: string): Promise<Page> {
  const context = await browser.newContext({ baseURL, locale: 'zh-CN', timezoneId: 'Asia/Shanghai' });
  const page = await context.newPage();
  await page.goto(url);
  return page;
}

async function expectListOf(page: Page, namePath: readonly string[], key: string) {
  const name = namePath.at(-1)!;
  await expect(listTitle(page)).toHaveText(name);
  await expect(listCount(page)).toHaveText(`${readListItems(key).length} 篇`);
  const selected = page.getByRole('treeitem', { selected: true });
  await expect(selected).toHaveCount(1);
  await expect(selected).toHaveAccessibleName(treeItemName(name));
  await expect(selected).toHaveAttribute('aria-level', String(namePath.length));
  await expect(articleList(page).getByRole('link').first()).toContainText(readListItems(key)[0].title.trim());
}

test('a category list link opens the same list in a new browser', async ({ page, browser, baseURL }) => {
  await page.goto('/');
  await (await revealTreeItem(page, deepest.path)).click();
  await expectListOf(page, deepest.path, deepest.key);

  const fresh = await openInFreshBrowser(browser, baseURL, page.url());
  await expectListOf(fresh, deepest.path, deepest.key);
  await fresh.context().close();
});

test('an article link with its list filter opens the same article and list in a new browser', async ({ page, browser, baseURL }) => {
  const summary = readListItems(deepest.key)[1];
  const article = readArticle(summary.id);
  await page.goto('/');
  await (await revealTreeItem(page, deepest.path)).click();
  await articleList(page).getByRole('link', { name: summary.title.trim() }).click();
  await expect(articleHeading(page)).toHaveText(article.title.trim());

  const fresh = await openInFreshBrowser(browser, baseURL, page.url());
  await expect(fresh).toHaveURL(page.url());
  await expect(articleHeading(fresh)).toHaveText(article.title.trim());
  await expect(fresh.getByRole('navigation', { name: '分类路径' }).getByRole('link')).toHaveText(article.categoryPath);
  await expectListOf(fresh, deepest.path, deepest.key);
  await fresh.context().close();
});

test('a category whose name holds a slash round-trips through its URL', async ({ page }) => {
  expect(slashed.path.length).toBe(1);
  await page.goto('/');
  await (await revealTreeItem(page, slashed.path)).click();
  await expectListOf(page, slashed.path, slashed.key);
  const param = new URL(page.url()).searchParams.get('category');
  expect(param).toBe(categoryParam(slashed.path));
  expect(param).toContain('\\/');

  await page.reload();
  await expectListOf(page, slashed.path, slashed.key);
});

test('a hand-edited link reads a flag as on only for 1 or true: unread=0, starred=0 and undated=no show the plain list', async ({ page }) => {
  const all = readListItems('all');
  await page.goto('/?unread=0&starred=0&undated=no');
  await expect(listTitle(page)).toHaveText('全部');
  await expect(listCount(page)).toHaveText(`${all.length} 篇`);
  await expect(page.getByRole('button', { name: '只看未读' })).toHaveAttribute('aria-pressed', 'false');
  await expect(page.getByRole('treeitem', { name: /^全部/ })).toHaveAttribute('aria-selected', 'true');
  await expect(articleList(page).getByRole('link').first()).toContainText(all[0].title.trim());
});
