/**
 * Issue 4: the date presets, the month and year pickers and the custom range list exactly the
 * articles of their days, as the bundle counts them (days in the archive zone).
 */
import { expect, test, type Page } from '@playwright/test';
import { readIndex, readListItems } from './support/bundle.ts';
import { listCount, scrollListToEnd } from './support/reader-page.ts';

const index = readIndex();
const allItems = readListItems();
const newestDay = index.days.at(-1)![0];

/** Ids of the archive's articles whose day lies in [from, to], in list order. */
const idsBetween = (from: string, to: string) => allItems.filter((a) => a.day !== null && a.day >= from && a.day <= to).map((a) => a.id);
const countBetween = (from: string, to: string) => index.days.filter(([day]) => day >= from && day <= to).reduce((sum, [, n]) => sum + n, 0);

/** The month of the demo archive with the most articles: the richest list to check. */
function busiestMonth(): string {
  const perMonth = new Map<string, number>();
  for (const [day, n] of index.days) perMonth.set(day.slice(0, 7), (perMonth.get(day.slice(0, 7)) ?? 0) + n);
  return [...perMonth].sort((a, b) => b[1] - a[1])[0][0];
}

const dayBefore = (day: string, n: number) => new Date(Date.parse(`${day}T00:00:00Z`) - n * 86_400_000).toISOString().slice(0, 10);

async function openDateOptions(page: Page) {
  await page.goto('/');
  await page.getByRole('button', { name: '日期', exact: true }).click();
}

async function expectListed(page: Page, from: string, to: string) {
  const expected = idsBetween(from, to);
  expect(expected.length).toBe(countBetween(from, to));
  await expect(listCount(page)).toHaveText(`${expected.length} 篇`);
  const url = new URL(page.url());
  expect([url.searchParams.get('from'), url.searchParams.get('to')]).toEqual([from, to]);
  expect((await scrollListToEnd(page)).ids).toEqual(expected);
}

test('a month picked from the month list shows exactly that month\'s articles', async ({ page }) => {
  const month = busiestMonth();
  const [year, m] = month.split('-');
  await openDateOptions(page);
  await page.getByLabel('按月').selectOption({ label: `${year}年${Number(m)}月` });
  const last = new Date(Date.UTC(Number(year), Number(m), 0)).toISOString().slice(0, 10);
  await expectListed(page, `${month}-01`, last);
  await expect(page.getByTestId('date-range-summary')).toBeVisible();
});

test('a year picked from the year list shows exactly that year\'s articles', async ({ page }) => {
  const year = index.days[0][0].slice(0, 4);
  await openDateOptions(page);
  await page.getByLabel('按年').selectOption({ label: `${year}年` });
  await expectListed(page, `${year}-01-01`, `${year}-12-31`);
});

for (const [name, days] of [['最近 1 天', 1], ['最近 7 天', 7], ['最近 30 天', 30]] as const) {
  test(`"${name}" counts back from the archive's newest day, not from today`, async ({ page }) => {
    await openDateOptions(page);
    const preset = page.getByRole('button', { name });
    await preset.click();
    await expect(preset).toHaveAttribute('aria-pressed', 'true');
    await expectListed(page, dayBefore(newestDay, days - 1), newestDay);
  });
}

test('a custom range typed into the date fields and submitted with Enter', async ({ page }) => {
  await openDateOptions(page);
  const from = index.days[Math.floor(index.days.length / 3)][0];
  const to = index.days[Math.floor(index.days.length / 2)][0];
  await page.getByLabel('开始日期').fill(from);
  await page.getByLabel('结束日期').fill(to);
  await page.getByLabel('结束日期').press('Enter');
  await expectListed(page, from, to);
  // Clearing brings the whole archive back.
  await page.getByRole('button', { name: '清除日期筛选' }).click();
  await expect(listCount(page)).toHaveText(`${index.total} 篇`);
  expect(new URL(page.url()).search).toBe('');
});
