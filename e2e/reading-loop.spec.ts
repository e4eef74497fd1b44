/**
 * The daily reading loop from the keyboard: opening an article moves focus into it and leaves
 * the list where it was; Space, PageDown and ↓ page the article, and Space at its end opens the
 * next one as the list orders them (unread only and search results too, where the 下一篇 link
 * and `j` agree); Esc and `u` come back to the row; `v` and 打开原文 open the original in a
 * tab that cannot reach the reader.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { readArticle, readListItems } from './support/bundle.ts';
import { articleHeading, articleList, listTitle } from './support/reader-page.ts';

const rowLink = (page: Page, id: string) => articleList(page).locator(`a[data-article-id="${id}"]`);
const nextLink = (page: Page) => page.getByRole('navigation', { name: '上一篇和下一篇' }).getByRole('link', { name: /下一篇/ });
const listScrollTop = (page: Page) => articleList(page).evaluate((el) => el.parentElement!.scrollTop);
/** The reading column's scroll offset: the scroll area around the article. */
const readerScrollTop = (page: Page) =>
  page.getByRole('article').evaluate((el) => {
    let node: HTMLElement | null = el as HTMLElement;
    while (node && !(node.scrollHeight > node.clientHeight && getComputedStyle(node).overflowY === 'auto')) node = node.parentElement;
    return node?.scrollTop ?? -1;
  });

const longArticle = () => {
  const items = readListItems();
  const at = items.findIndex((item) => item.title.startsWith('城市轨道交通十年'));
  return { article: items[at], next: items[at + 1], at };
};

async function expectNoViolations(page: Page, view: string) {
  const { violations } = await new AxeBuilder({ page }).analyze();
  expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(' | ')}`), `axe on ${view}`).toEqual([]);
}

test('Enter opens an article with focus in it; the keys page the article, not the list; Space at the end reads on; Esc comes back to the row', async ({ page }) => {
  test.setTimeout(90_000);
  const { article, next, at } = longArticle();
  await page.goto('/');
  await expect(listTitle(page)).toHaveText('全部');
  // Walk to the long article's row from the keyboard, then open it.
  for (let i = 0; i <= at; i++) await page.keyboard.press('j');
  await expect(rowLink(page, article.id)).toBeFocused();
  const listTop = await listScrollTop(page);
  await page.keyboard.press('Enter');
  await expect(articleHeading(page)).toHaveText(article.title);
  await expect(page.locator(':focus')).toContainText(article.title);

  await page.keyboard.press('PageDown');
  await expect.poll(() => readerScrollTop(page)).toBeGreaterThan(300);
  const afterPage = await readerScrollTop(page);
  await page.keyboard.press('ArrowDown');
  await expect.poll(() => readerScrollTop(page)).toBeGreaterThan(afterPage);
  await page.keyboard.press('Space');
  await expect.poll(() => readerScrollTop(page)).toBeGreaterThan(afterPage + 300);
  expect(await listScrollTop(page)).toBe(listTop);
  await expect(rowLink(page, article.id)).toHaveAttribute('aria-current', 'true');

  // Space pages on to the end, and there opens what 下一篇 names: the next row of the list.
  await expect(nextLink(page)).toContainText(next.title);
  for (let i = 0; i < 30 && new URL(page.url()).pathname.endsWith(article.id); i++) await page.keyboard.press('Space');
  await expect(page).toHaveURL(new RegExp(`/articles/${next.id}$`));
  await expect(articleHeading(page)).toHaveText(next.title);
  // The new article starts at its top, with focus in it.
  expect(await readerScrollTop(page)).toBe(0);
  await expect(page.locator(':focus')).toContainText(next.title);
  await expectNoViolations(page, 'the reader with focus in it');

  await page.keyboard.press('Escape');
  await expect(page).toHaveURL((url) => url.pathname === '/');
  await expect(rowLink(page, next.id)).toBeFocused();
  await expect(rowLink(page, next.id)).toBeInViewport();
});

test('under 只看未读 and in search results, 下一篇 and j name the same article', async ({ page }) => {
  test.setTimeout(90_000);
  const [first, second, third] = readListItems();
  // Read the second article, then read the unread ones from the first.
  await page.goto(`/articles/${second.id}`);
  await expect(articleHeading(page)).toHaveText(second.title.trim());
  await page.goto(`/articles/${first.id}?unread=1`);
  await expect(articleHeading(page)).toHaveText(first.title.trim());
  await expect(nextLink(page)).toContainText(third.title.trim());
  await page.keyboard.press('j');
  await expect(articleHeading(page)).toHaveText(third.title.trim());
  // The article read on the way is still one step back, as its row is still in the list.
  await page.keyboard.press('k');
  await expect(articleHeading(page)).toHaveText(first.title.trim());
  await page.keyboard.press('u');
  await expect(rowLink(page, first.id)).toBeFocused();
  await expect(articleList(page).getByRole('link', { name: new RegExp(second.title.trim().slice(0, 8)) })).toHaveCount(0);

  // Search results: the second result is what 下一篇 names and where j goes.
  await page.goto('/?q=阅读器');
  const results = articleList(page).locator('a[data-article-id]');
  await expect(results.nth(2)).toBeVisible();
  const [r1, r2] = await Promise.all([results.nth(0).getAttribute('data-article-id'), results.nth(1).getAttribute('data-article-id')]);
  await results.nth(0).click();
  await expect(articleHeading(page)).toHaveText(readArticle(r1!).title.trim());
  await expect(nextLink(page)).toContainText(readArticle(r2!).title.trim());
  await page.keyboard.press('j');
  await expect(page).toHaveURL(new RegExp(`/articles/${r2}\\?`));
});

test('v and 打开原文 open the original in a new tab without a way back to the reader', async ({ page, context }) => {
  const { article } = longArticle();
  const original = readArticle(article.id).originalUrl!;
  expect(original).toBe('https://example.org/metro/ten-years');
  await context.route('https://example.org/**', (route) => route.fulfill({ contentType: 'text/html', body: '<title>原文</title>' }));
  await page.goto(`/articles/${article.id}`);
  const button = page.getByRole('link', { name: '打开原文' });
  await expect(button).toHaveAttribute('href', original);
  await expect(button).toHaveAttribute('target', '_blank');
  await expect(button).toHaveAttribute('rel', /noopener/);

  const opened = context.waitForEvent('page');
  await page.keyboard.press('v');
  const tab = await opened;
  await tab.waitForURL(original);
  expect(await tab.evaluate(() => window.opener === null)).toBe(true);
  // An article that names no original offers none.
  const other = readListItems().find((item) => !readArticle(item.id).originalUrl)!;
  await page.goto(`/articles/${other.id}`);
  await expect(articleHeading(page)).toBeVisible();
  await expect(page.getByRole('link', { name: '打开原文' })).toHaveCount(0);
});

for (const { name, viewport } of [
  { name: 'desktop', viewport: { width: 1400, height: 900 } },
  { name: 'phone', viewport: { width: 390, height: 844 } },
]) {
  test(`the place in an article survives a reload, Back and a return (${name})`, async ({ page }) => {
    test.setTimeout(90_000);
    await page.setViewportSize(viewport);
    const { article, next } = longArticle();
    await page.goto(`/articles/${article.id}`);
    await expect(articleHeading(page)).toHaveText(article.title);
    await page.getByRole('article').evaluate((el) => el.closest<HTMLElement>('[data-reader-scroll]')!.scrollBy(0, 1200));
    const left = await readerScrollTop(page);
    expect(left).toBeGreaterThan(600);
    // The place is written down once scrolling rests.
    await expect.poll(() => page.evaluate(() => Object.keys(localStorage).some((key) => key.startsWith('reader:positions:') && (localStorage.getItem(key) ?? '').includes('"')))).toBe(true);

    await page.reload();
    await expect(articleHeading(page)).toHaveText(article.title);
    // Within a few lines: the place is a fraction of the article's height, and images that
    // arrive after it is restored change that height a little.
    await expect.poll(() => readerScrollTop(page)).toBeGreaterThan(left - 150);
    expect(await readerScrollTop(page)).toBeLessThan(left + 150);

    await page.goto(`/articles/${next.id}`);
    await expect(articleHeading(page)).toHaveText(next.title);
    expect(await readerScrollTop(page)).toBe(0);
    await page.goBack();
    await expect(articleHeading(page)).toHaveText(article.title);
    await expect.poll(() => readerScrollTop(page)).toBeGreaterThan(left - 150);

    // Marked unread, it starts again from its top.
    await page.getByRole('button', { name: '标为未读', exact: true }).click();
    await page.reload();
    await expect(articleHeading(page)).toHaveText(article.title);
    await expect(page.getByRole('button', { name: '标为未读', exact: true })).toBeVisible();
    expect(await readerScrollTop(page)).toBe(0);
  });
}
