/** "复制链接" puts the address of the open view (filter included) on the clipboard and says so. */
import { expect, test } from '@playwright/test';
import { articleUrl, largestNodeAtLevel, readListItems } from './support/bundle.ts';
import { articleHeading } from './support/reader-page.ts';

test('copying the link of an article puts its full URL on the clipboard', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const node = largestNodeAtLevel(2);
  const summary = readListItems(node.key)[0];
  await page.goto(articleUrl(summary.id, node.path));
  await expect(articleHeading(page)).toHaveText(summary.title.trim());

  await page.getByRole('button', { name: '复制链接' }).click();
  await expect(page.getByRole('status')).toHaveText('已复制链接');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(page.url());
});
