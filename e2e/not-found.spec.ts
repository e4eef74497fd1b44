/** Addresses that name nothing get a not-found view that says what is missing, and a way home. */
import { expect, test, type Page } from '@playwright/test';
import { allNodes, articleExists, readIndex } from './support/bundle.ts';
import { articleHeading, listTitle } from './support/reader-page.ts';

/** An id of the right shape that the bundle does not hold. */
function missingArticleId(): string {
  for (let n = 0; ; n++) {
    const id = `zz${n.toString(36).padStart(8, '0')}`;
    if (!articleExists(id)) return id;
  }
}

async function expectWayHomeWorks(page: Page) {
  await page.getByRole('link', { name: '返回首页' }).click();
  await expect(page).toHaveURL((url) => url.pathname === '/' && url.search === '');
  await expect(listTitle(page)).toHaveText('全部');
  await expect(page.getByRole('treeitem', { name: /^全部/ })).toHaveAttribute('aria-selected', 'true');
}

test('an unknown article id shows “article not found” and the way home works', async ({ page }) => {
  await page.goto(`/articles/${missingArticleId()}`);
  await expect(page.getByRole('heading', { name: '找不到这篇文章' })).toBeVisible();
  await expect(articleHeading(page)).toHaveCount(0);
  await expect(page).toHaveTitle(`找不到这篇文章 · ${readIndex().site.title}`);
  await expectWayHomeWorks(page);
});

test('an unknown category shows “no such category” with its name, and the way home works', async ({ page }) => {
  const missing = '不存在的分类';
  expect(allNodes().map((node) => node.name)).not.toContain(missing);
  await page.goto(`/?category=${encodeURIComponent(missing)}`);
  await expect(page.getByRole('heading', { name: '没有这个分类' })).toBeVisible();
  await expect(page.getByText(`存档里没有名为“${missing}”的分类。`)).toBeVisible();
  await expect(page.getByRole('list', { name: '文章列表' })).toHaveCount(0);
  await expectWayHomeWorks(page);
});

test('an unknown address shows “page not found” and the way home works', async ({ page }) => {
  await page.goto('/no/such/page');
  await expect(page.getByRole('heading', { name: '页面不存在' })).toBeVisible();
  await expectWayHomeWorks(page);
});
