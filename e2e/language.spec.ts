/** The English switch changes the interface (not the articles) and is remembered. */
import { expect, test } from '@playwright/test';
import { readIndex, readListItems } from './support/bundle.ts';
import { articleList, listTitle } from './support/reader-page.ts';

test('switching to English changes the UI strings and survives a reload', async ({ page }) => {
  const { total } = readIndex();
  const first = readListItems()[0];
  await page.goto('/');
  await expect(listTitle(page)).toHaveText('全部');
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');

  await page.getByRole('button', { name: 'English' }).click();
  const checkEnglish = async () => {
    await expect(page.getByRole('button', { name: '中文' })).toBeVisible();
    await expect(page.getByRole('tree', { name: 'Categories' })).toBeVisible();
    await expect(page.getByRole('navigation', { name: 'Category navigation' })).toBeVisible();
    await expect(page.getByRole('region', { name: 'Articles' }).getByRole('heading', { level: 1 })).toHaveText('All');
    await expect(page.getByRole('region', { name: 'Articles' }).getByText(`${total} articles`)).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    // Article titles are content, not UI: they stay as written.
    await expect(page.getByRole('list', { name: 'Articles' }).getByRole('link').first()).toContainText(first.title.trim());
  };
  await checkEnglish();
  await expect(page.getByRole('tree', { name: '分类' })).toHaveCount(0);

  await page.reload();
  await checkEnglish();

  await page.getByRole('button', { name: '中文' }).click();
  await expect(listTitle(page)).toHaveText('全部');
  await expect(articleList(page)).toBeVisible();
});
