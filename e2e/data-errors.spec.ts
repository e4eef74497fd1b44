/**
 * A data file that fails (server error, broken JSON, dropped connection) shows an error view
 * with a retry; the sidebar keeps working meanwhile, and Retry shows the content once the
 * file can be had again.
 */
import { expect, test, type Page } from '@playwright/test';
import { articlePath, listPagePath } from '../src/bundle/schema.ts';
import { articleUrl, largestNodeAtLevel, listUrl, readArticle, readIndex, readListItems } from './support/bundle.ts';
import { articleHeading, articleList, listTitle, revealTreeItem } from './support/reader-page.ts';

const dataFile = (file: string) => (url: URL) => url.pathname === `/data/${file}`;

async function expectErrorView(page: Page) {
  await expect(page.getByRole('alert')).toContainText('加载失败');
  await expect(page.getByRole('button', { name: '重试' })).toBeVisible();
}

/** The sidebar still opens another list while a view shows its error. */
async function expectSidebarWorks(page: Page) {
  const other = readIndex().categories.at(-1)!;
  await (await revealTreeItem(page, other.path)).click();
  await expect(listTitle(page)).toHaveText(other.name);
  await expect(articleList(page).getByRole('link').first()).toContainText(readListItems(other.key)[0].title.trim());
}

test('a list page answered with HTTP 500 shows Retry, which shows the list once the server recovers', async ({ page }) => {
  const node = largestNodeAtLevel(2);
  const failing = dataFile(listPagePath(node.key, 0));
  await page.route(failing, (route) => route.fulfill({ status: 500, body: 'server error' }));
  await page.goto(listUrl(node.path));
  await expectErrorView(page);

  await expectSidebarWorks(page);
  await page.goBack();
  await expectErrorView(page);

  await page.unroute(failing);
  await page.getByRole('button', { name: '重试' }).click();
  await expect(listTitle(page)).toHaveText(node.name);
  await expect(articleList(page).getByRole('link').first()).toContainText(readListItems(node.key)[0].title.trim());
  await expect(page.getByRole('alert')).toHaveCount(0);
});

test('an article file with broken JSON shows Retry, which shows the article once the file is whole', async ({ page }) => {
  const summary = readListItems()[0];
  const failing = dataFile(articlePath(summary.id));
  await page.route(failing, (route) => route.fulfill({ status: 200, contentType: 'application/json', body: '{"id": "' }));
  await page.goto(articleUrl(summary.id));
  await expectErrorView(page);
  await expect(articleHeading(page)).toHaveCount(0);

  await expectSidebarWorks(page);
  await page.goBack();
  await expectErrorView(page);

  await page.unroute(failing);
  await page.getByRole('button', { name: '重试' }).click();
  await expect(articleHeading(page)).toHaveText(readArticle(summary.id).title.trim());
  await expect(page.getByRole('alert')).toHaveCount(0);
});

test('an aborted article request shows Retry, which shows the article once the network is back', async ({ page }) => {
  const summary = readListItems()[1];
  const failing = dataFile(articlePath(summary.id));
  await page.route(failing, (route) => route.abort('connectionreset'));
  await page.goto(articleUrl(summary.id));
  await expectErrorView(page);

  await page.unroute(failing);
  await page.getByRole('button', { name: '重试' }).click();
  await expect(articleHeading(page)).toHaveText(readArticle(summary.id).title.trim());
});

test('an aborted later page of a long list shows an inline Retry in the list, which fills the rows', async ({ page }) => {
  const { pageSize } = readIndex();
  const all = readListItems();
  expect(all.length).toBeGreaterThan(pageSize);
  const failing = dataFile(listPagePath('all', 1));
  await page.route(failing, (route) => route.abort('failed'));
  await page.goto('/');
  await expect(articleList(page).getByRole('link').first()).toContainText(all[0].title.trim());

  await articleList(page).evaluate((el, pos) => {
    const row = el.querySelector<HTMLElement>('[role="listitem"]')!;
    el.parentElement!.scrollTo({ top: pos * row.offsetHeight });
  }, pageSize);
  await expect(articleList(page).getByText('这部分列表没有加载成功')).toBeVisible();

  await page.unroute(failing);
  await articleList(page).getByRole('button', { name: '重试' }).click();
  await expect(articleList(page).getByRole('link', { name: all[pageSize].title.trim() })).toBeVisible();
  await expect(articleList(page).getByText('这部分列表没有加载成功')).toHaveCount(0);
});
