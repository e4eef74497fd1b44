/**
 * Issue 4: odd or broken date params never break the page. It renders, says what it understood
 * and what it ignored, and offers to clear the filter; undated articles stay reachable.
 */
import { expect, test } from '@playwright/test';
import { readIndex, readListItems } from './support/bundle.ts';
import { listCount, scrollListToEnd } from './support/reader-page.ts';

const index = readIndex();
const allItems = readListItems();
const notices = (page: import('@playwright/test').Page) => page.getByRole('region', { name: '日期筛选' }).getByRole('status');

test('garbage dates are ignored and named, and the whole list shows', async ({ page }) => {
  await page.goto('/?from=yesterday&to=%3Cscript%3E');
  await expect(listCount(page)).toHaveText(`${index.total} 篇`);
  await expect(notices(page)).toContainText('忽略了无效的开始日期“yesterday”');
  await expect(notices(page)).toContainText('忽略了无效的结束日期“<script>”');
  await page.getByRole('button', { name: '清除日期筛选' }).click();
  await expect(notices(page)).toHaveCount(0);
  expect(new URL(page.url()).search).toBe('');
});

test('an impossible end date is ignored while a good start date still filters', async ({ page }) => {
  const from = index.days.at(-5)![0];
  await page.goto(`/?from=${from}&to=2025-02-30`);
  await expect(notices(page)).toContainText('忽略了无效的结束日期“2025-02-30”');
  const expected = allItems.filter((a) => a.day !== null && a.day >= from).length;
  await expect(listCount(page)).toHaveText(`${expected} 篇`);
});

test('a start after the end is read the other way round, and says so', async ({ page }) => {
  const [early, late] = [index.days[10][0], index.days[20][0]];
  await page.goto(`/?from=${late}&to=${early}`);
  await expect(notices(page)).toContainText('开始日期晚于结束日期');
  const expected = allItems.filter((a) => a.day !== null && a.day >= early && a.day <= late).map((a) => a.id);
  await expect(listCount(page)).toHaveText(`${expected.length} 篇`);
  expect((await scrollListToEnd(page)).ids).toEqual(expected);
});

test('a range outside the archive shows an empty list with the archive\'s span and a way back', async ({ page }) => {
  await page.goto('/?from=1999-01-01&to=1999-12-31');
  await expect(page.getByText('这个日期范围内没有文章')).toBeVisible();
  await expect(page.getByText(/存档中的文章日期在 .+ 之间/)).toBeVisible();
  await expect(listCount(page)).toHaveText('0 篇');
  await page.getByRole('main').getByRole('button', { name: '清除日期筛选' }).last().click();
  await expect(listCount(page)).toHaveText(`${index.total} 篇`);
});

test('loose spellings are understood: a month, unpadded and slashed days', async ({ page }) => {
  const month = index.days[0][0].slice(0, 7);
  await page.goto(`/?from=${month}&to=${month}`);
  const inMonth = allItems.filter((a) => a.day?.startsWith(month)).length;
  await expect(listCount(page)).toHaveText(`${inMonth} 篇`);
  await expect(notices(page)).toHaveCount(0);
  const day = index.days[3][0];
  const [y, m, d] = day.split('-').map(Number);
  await page.goto(`/?from=${y}/${m}/${d}&to=${y}-${m}-${d}`);
  await expect(listCount(page)).toHaveText(`${index.days[3][1]} 篇`);
});

test('undated articles are reachable from the timeline\'s undated bucket', async ({ page }) => {
  const undated = allItems.filter((a) => a.day === null).map((a) => a.id);
  expect(undated.length).toBe(index.undated);
  expect(undated.length).toBeGreaterThan(0);
  await page.goto('/');
  await page.getByRole('group', { name: '时间线' }).getByRole('button', { name: `无日期：${undated.length} 篇` }).click();
  expect(new URL(page.url()).searchParams.get('undated')).toBe('1');
  await expect(listCount(page)).toHaveText(`${undated.length} 篇`);
  expect((await scrollListToEnd(page)).ids).toEqual(undated);
});

for (const search of ['?undated=1&from=2024-01-01', '?from=&to=', '?from=2024-01-01&from=zzz', '?to=99999-99-99', '?from[]=1', '?undated=maybe']) {
  test(`the page renders for ${search}`, async ({ page }) => {
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(`/${search}`);
    await expect(listCount(page)).toBeVisible();
    await expect(page.getByRole('list', { name: '文章列表' }).or(page.getByText('这个日期范围内没有文章'))).toBeVisible();
    expect(errors).toEqual([]);
  });
}
