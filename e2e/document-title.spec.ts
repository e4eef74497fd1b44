/** The browser tab names the view: the site for All, the category, or the article. */
import { expect, test } from '@playwright/test';
import { largestNodeAtLevel, readIndex, readListItems } from './support/bundle.ts';
import { articleHeading, articleList, listTitle, revealTreeItem } from './support/reader-page.ts';

const site = readIndex().site.title;

test('the tab title follows All, a category and an article, and Back', async ({ page }) => {
  const node = largestNodeAtLevel(2);
  const first = readListItems(node.key)[0];

  await page.goto('/');
  await expect(listTitle(page)).toHaveText('全部');
  await expect(page).toHaveTitle(site);

  await (await revealTreeItem(page, node.path)).click();
  await expect(page).toHaveTitle(`${node.name} · ${site}`);

  await articleList(page).getByRole('link', { name: first.title.trim() }).click();
  await expect(articleHeading(page)).toHaveText(first.title.trim());
  await expect(page).toHaveTitle(`${first.title.trim()} · ${site}`);

  await page.goBack();
  await expect(page).toHaveTitle(`${node.name} · ${site}`);
  await page.goBack();
  await expect(page).toHaveTitle(site);
});
