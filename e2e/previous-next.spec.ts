/**
 * The reading view's previous/next links walk the list the reader came from: the filtered
 * category's order when there is a filter, the whole archive's otherwise, across list pages.
 */
import { expect, test, type Page } from '@playwright/test';
import type { ArticleSummary } from '../src/bundle/schema.ts';
import { articleUrl, categoryParam, largestNodeAtLevel, readIndex, readListItems } from './support/bundle.ts';
import { articleHeading } from './support/reader-page.ts';

const shownTitle = (item: ArticleSummary) => item.title.trim() || '（无标题）';
const neighbourLinks = (page: Page) => {
  const nav = page.getByRole('navigation', { name: '上一篇和下一篇' });
  return { previous: nav.getByRole('link', { name: /^← 上一篇/ }), next: nav.getByRole('link', { name: /^下一篇 →/ }) };
};

const node = largestNodeAtLevel(1);
const inCategory = readListItems(node.key);
const all = readListItems();
const neighboursIn = (list: ArticleSummary[], id: string) => {
  const at = list.findIndex((item) => item.id === id);
  return { previous: list[at - 1], next: list[at + 1] };
};
/** An article whose neighbours differ between the category and the whole archive. */
const picked = inCategory.slice(1, -1).find((item) => {
  const a = neighboursIn(inCategory, item.id);
  const b = neighboursIn(all, item.id);
  return a.previous.id !== b.previous?.id && a.next.id !== b.next?.id;
})!;

test('with a category filter, previous and next follow the category list', async ({ page }) => {
  const expected = neighboursIn(inCategory, picked.id);
  await page.goto(articleUrl(picked.id, node.path));
  await expect(articleHeading(page)).toHaveText(shownTitle(picked));
  const links = neighbourLinks(page);
  await expect(links.previous).toContainText(shownTitle(expected.previous));
  await expect(links.next).toContainText(shownTitle(expected.next));

  await links.next.click();
  await expect(articleHeading(page)).toHaveText(shownTitle(expected.next));
  await expect(page).toHaveURL((url) => url.pathname === `/articles/${expected.next.id}` && url.searchParams.get('category') === categoryParam(node.path));
  await expect(links.previous).toContainText(shownTitle(picked));
});

test('without a filter, the same article has the whole archive as neighbours', async ({ page }) => {
  const expected = neighboursIn(all, picked.id);
  await page.goto(articleUrl(picked.id));
  await expect(articleHeading(page)).toHaveText(shownTitle(picked));
  const links = neighbourLinks(page);
  await expect(links.previous).toContainText(shownTitle(expected.previous));
  await expect(links.next).toContainText(shownTitle(expected.next));
});

test('next from the last article of a list page is the first of the following page', async ({ page }) => {
  const { pageSize } = readIndex();
  expect(all.length).toBeGreaterThan(pageSize);
  const last = all[pageSize - 1];
  const following = all[pageSize];
  await page.goto(articleUrl(last.id));
  await expect(articleHeading(page)).toHaveText(shownTitle(last));
  await neighbourLinks(page).next.click();
  await expect(articleHeading(page)).toHaveText(shownTitle(following));
  await expect(neighbourLinks(page).previous).toContainText(shownTitle(last));
});
