/**
 * Failing networks, per data file: HTTP 404 and 500, truncated JSON, and a server that never
 * answers. The affected view says which file failed and why, and offers Retry; the rest of the
 * app keeps working; Retry succeeds once the file can be had again. (e2e/data-errors.spec.ts
 * covers a list page's 500, an article's broken JSON and dropped connections.)
 */
import { expect, test, type Page, type Route } from '@playwright/test';
import { articlePath, indexPath, listPagePath } from '../src/bundle/schema.ts';
import { articleUrl, largestNodeAtLevel, listUrl, readArticle, readIndex, readListItems } from './support/bundle.ts';
import { articleHeading, articleList, listTitle, revealTreeItem } from './support/reader-page.ts';

const dataFile = (file: string) => (url: URL) => url.pathname === `/data/${file}`;

/** The error view of the failed view: what failed (file and reason) and a Retry button. */
async function expectFailure(page: Page, detail: string) {
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('加载失败');
  await expect(alert).toContainText(detail);
  await expect(alert.getByRole('button', { name: '重试' })).toBeVisible();
}

/** Half of the real file, as a connection dropped mid-transfer leaves it. */
async function truncated(route: Route) {
  const response = await route.fetch();
  const body = await response.text();
  await route.fulfill({ response, body: body.slice(0, Math.floor(body.length / 2)) });
}

async function expectSidebarWorks(page: Page) {
  const other = readIndex().categories[0];
  await (await revealTreeItem(page, other.path)).click();
  await expect(listTitle(page)).toHaveText(other.name);
  await expect(articleList(page).getByRole('link').first()).toContainText(readListItems(other.key)[0].title.trim());
}

test.describe('the index (every view needs it)', () => {
  for (const [name, fail, detail] of [
    ['HTTP 404', (route: Route) => route.fulfill({ status: 404, body: 'not found' }), 'index.json: not found'],
    ['HTTP 500', (route: Route) => route.fulfill({ status: 500, body: 'server error' }), 'index.json: HTTP 500'],
    ['truncated JSON', truncated, 'index.json: invalid JSON'],
  ] as const) {
    test(`answered with ${name}: says so, and Retry loads the app once the file is back`, async ({ page }) => {
      const failing = dataFile(indexPath());
      await page.route(failing, fail);
      await page.goto('/');
      await expectFailure(page, detail);

      await page.unroute(failing);
      await page.getByRole('button', { name: '重试' }).click();
      await expect(listTitle(page)).toHaveText('全部');
      await expect(articleList(page).getByRole('link').first()).toContainText(readListItems()[0].title.trim());
      await expect(page.getByRole('alert')).toHaveCount(0);
    });
  }
});

test('a category list page answered with 404 says which file; the sidebar works; Retry shows the list', async ({ page }) => {
  const node = largestNodeAtLevel(1);
  const file = listPagePath(node.key, 0);
  const failing = dataFile(file);
  await page.route(failing, (route) => route.fulfill({ status: 404, body: 'not found' }));
  await page.goto(listUrl(node.path));
  await expectFailure(page, `${file}: not found`);
  await expectSidebarWorks(page);

  await page.goBack();
  await expectFailure(page, `${file}: not found`);
  await page.unroute(failing);
  await page.getByRole('button', { name: '重试' }).click();
  await expect(listTitle(page)).toHaveText(node.name);
  await expect(articleList(page).getByRole('link').first()).toContainText(readListItems(node.key)[0].title.trim());
});

test('an article answered with truncated JSON says which file; Retry shows the article once it is whole', async ({ page }) => {
  const summary = readListItems()[2];
  const file = articlePath(summary.id);
  const failing = dataFile(file);
  await page.route(failing, truncated);
  await page.goto(articleUrl(summary.id));
  await expectFailure(page, `${file}: invalid JSON`);
  // The list beside it keeps working.
  await expect(articleList(page).getByRole('link').first()).toContainText(readListItems()[0].title.trim());

  await page.unroute(failing);
  await page.getByRole('button', { name: '重试' }).click();
  await expect(articleHeading(page)).toHaveText(readArticle(summary.id).title.trim());
});

test('an article answered with HTTP 500 says so; Retry shows it once the server recovers', async ({ page }) => {
  const summary = readListItems()[3];
  const file = articlePath(summary.id);
  const failing = dataFile(file);
  await page.route(failing, (route) => route.fulfill({ status: 500, body: 'server error' }));
  await page.goto(articleUrl(summary.id));
  await expectFailure(page, `${file}: HTTP 500`);

  await page.unroute(failing);
  await page.getByRole('button', { name: '重试' }).click();
  await expect(articleHeading(page)).toHaveText(readArticle(summary.id).title.trim());
});

test('an article whose file is gone (HTTP 404) shows "not found", and the app goes on', async ({ page }) => {
  const summary = readListItems()[4];
  await page.route(dataFile(articlePath(summary.id)), (route) => route.fulfill({ status: 404, body: 'not found' }));
  await page.goto(articleUrl(summary.id));
  await expect(page.getByRole('heading', { name: '找不到这篇文章' })).toBeVisible();
  await expectSidebarWorks(page);
});

test.describe('a server that never answers', () => {
  /**
   * Makes requests for `file` hang forever and resolves once the page has asked for it; the
   * app gives up after 15 s, which the test's fake clock fast-forwards.
   */
  async function hangRequests(page: Page, file: string) {
    let asked!: () => void;
    const requested = new Promise<void>((resolve) => (asked = resolve));
    await page.route(dataFile(file), () => {
      asked();
      return new Promise<void>(() => {});
    });
    // Wrapped: an async function returning the promise itself would wait for it.
    return { requested };
  }

  test('an article: after 15 s the reader says the file did not answer; Retry shows it', async ({ page }) => {
    const summary = readListItems()[5];
    const file = articlePath(summary.id);
    await page.clock.install();
    // The list first, so that the only request left running when the clock jumps is the article's.
    await page.goto('/');
    await expect(articleList(page).getByRole('link').first()).toContainText(readListItems()[0].title.trim());
    const { requested } = await hangRequests(page, file);
    await articleList(page).getByRole('link').nth(5).click();
    await requested;
    await page.clock.fastForward('00:16');
    await expectFailure(page, `${file}: no answer within 15 s`);
    // The list beside it and the sidebar keep working.
    await expectSidebarWorks(page);
    // Back to the article asks the silent server again, and gives up again after 15 s.
    await page.goBack();
    await page.clock.fastForward('00:16');
    await expectFailure(page, `${file}: no answer within 15 s`);

    // The server is back; the requests still hanging are left to the page, which gave up on them.
    await page.unrouteAll({ behavior: 'ignoreErrors' });
    await page.getByRole('button', { name: '重试' }).click();
    await expect(articleHeading(page)).toHaveText(readArticle(summary.id).title.trim());
  });

  test('the first list page: after 15 s the list says so; Retry fills it', async ({ page }) => {
    const file = listPagePath('all', 0);
    await page.clock.install();
    const { requested } = await hangRequests(page, file);
    await page.goto('/', { waitUntil: 'commit' });
    await requested;
    // The page asks for the first list page before the app runs (public/before-first-paint.js);
    // the app's 15 s start when it takes that request over, once the index is in (the sidebar).
    await expect(page.getByRole('tree', { name: '分类' })).toBeVisible();
    await page.clock.fastForward('00:16');
    await expectFailure(page, `${file}: no answer within 15 s`);
    await expect(page.getByRole('tree', { name: '分类' })).toBeVisible();

    // The server is back; the requests still hanging are left to the page, which gave up on them.
    await page.unrouteAll({ behavior: 'ignoreErrors' });
    await page.getByRole('button', { name: '重试' }).click();
    await expect(articleList(page).getByRole('link').first()).toContainText(readListItems()[0].title.trim());
  });
});
