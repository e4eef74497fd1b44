/**
 * Issue 4: one time zone per archive. The same link lists the same articles, with the same
 * dates shown, for a reader in Beijing and one in California: the browser's own zone never
 * decides an article's day.
 */
import { expect, test, type Browser } from '@playwright/test';
import { readIndex, readListItems } from './support/bundle.ts';
import { articleList, listCount, scrollListToEnd } from './support/reader-page.ts';

const index = readIndex();
// A week in the middle of the archive, its ends on days with articles.
const from = index.days[Math.floor(index.days.length / 2)][0];
const to = index.days[Math.floor(index.days.length / 2) + 6][0];
const expected = readListItems().filter((a) => a.day !== null && a.day >= from && a.day <= to).map((a) => a.id);

async function listIn(browser: Browser, baseURL: string | undefined, timezoneId: string) {
  const context = await browser.newContext({ baseURL, locale: 'zh-CN', timezoneId });
  const page = await context.newPage();
  await page.goto(`/?from=${from}&to=${to}`);
  await expect(listCount(page)).toHaveText(`${expected.length} 篇`);
  const firstDate = await articleList(page).locator('time').first().textContent();
  const { ids } = await scrollListToEnd(page);
  const zoneNote = await page.evaluate(() => Intl.DateTimeFormat().resolvedOptions().timeZone);
  await context.close();
  return { ids, firstDate, zoneNote };
}

test('the same date link lists the same articles in Asia/Shanghai and America/Los_Angeles', async ({ browser, baseURL }) => {
  expect(index.site.timeZone).toBe('Asia/Shanghai');
  const beijing = await listIn(browser, baseURL, 'Asia/Shanghai');
  const california = await listIn(browser, baseURL, 'America/Los_Angeles');
  // The contexts really ran in different zones.
  expect([beijing.zoneNote, california.zoneNote]).toEqual(['Asia/Shanghai', 'America/Los_Angeles']);
  expect(beijing.ids).toEqual(expected);
  expect(california.ids).toEqual(expected);
  expect(california.firstDate).toBe(beijing.firstDate);
});

test('the date options name the archive\'s time zone', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: '日期', exact: true }).click();
  await expect(page.getByText('日期按中国标准时间划分 (Asia/Shanghai)')).toBeVisible();
});
