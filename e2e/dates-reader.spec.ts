/**
 * Issue 4: the date filter stays with the reader. An article opened from a filtered list keeps
 * the range in its URL, and previous/next walk the filtered list only.
 */
import { expect, test } from '@playwright/test';
import { readIndex, readListItems } from './support/bundle.ts';
import { articleHeading, articleList, listCount } from './support/reader-page.ts';

const index = readIndex();
const allItems = readListItems();
// The busiest single day of the archive with at least two articles, and a list around it.
const [day] = [...index.days].sort((a, b) => b[1] - a[1])[0];
const inDay = allItems.filter((a) => a.day === day);

test('previous and next stay within the date range', async ({ page }) => {
  expect(inDay.length).toBeGreaterThan(1);
  await page.goto(`/?from=${day}&to=${day}`);
  await expect(listCount(page)).toHaveText(`${inDay.length} 篇`);
  await articleList(page).getByRole('link').first().click();
  await expect(articleHeading(page)).toHaveText(inDay[0].title.trim());
  expect(new URL(page.url()).searchParams.get('from')).toBe(day);

  const nav = page.getByRole('navigation', { name: '上一篇和下一篇' });
  // The newest article of the day: the list's article above it is outside the range.
  await expect(nav.getByRole('link', { name: /上一篇/ })).toHaveCount(0);
  await expect(nav.getByRole('link', { name: /下一篇/ })).toContainText(inDay[1].title.trim());

  // The last article of the day has no next one in the range, though the archive goes on.
  await page.goto(`/articles/${inDay.at(-1)!.id}?from=${day}&to=${day}`);
  await expect(articleHeading(page)).toHaveText(inDay.at(-1)!.title.trim());
  await expect(nav.getByRole('link', { name: /上一篇/ })).toContainText(inDay.at(-2)!.title.trim());
  await expect(nav.getByRole('link', { name: /下一篇/ })).toHaveCount(0);
});
