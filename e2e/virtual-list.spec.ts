/** The whole archive's list stays small in the DOM however far it is scrolled. */
import { expect, test } from '@playwright/test';
import { readIndex, readListItems } from './support/bundle.ts';
import { articleList, listCount, parseCount, scrollListToEnd } from './support/reader-page.ts';

const MAX_ROWS_IN_DOM = 100;

test('scrolling All to the end lists every article in order with at most 100 rows in the DOM', async ({ page }) => {
  const { total } = readIndex();
  await page.goto('/');
  await expect(page.getByRole('treeitem', { name: /^全部/ })).toHaveText(new RegExp(`${total}$`));
  expect(parseCount((await listCount(page).textContent())!)).toBe(total);

  const { ids, maxRows } = await scrollListToEnd(page);
  expect(ids).toEqual(readListItems().map((item) => item.id));
  expect(maxRows).toBeLessThanOrEqual(MAX_ROWS_IN_DOM);
  expect(await articleList(page).getByRole('listitem').count()).toBeLessThanOrEqual(MAX_ROWS_IN_DOM);
});
