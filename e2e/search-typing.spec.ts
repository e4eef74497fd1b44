/**
 * Issue 7: how a query gets from the box to the results. Chinese is typed through an input
 * method: the box holds pinyin while the person composes, then the word is committed in one
 * event and searched at once; keystrokes wait for a pause (the debounce). And results never
 * go back to an earlier query's when its files arrive late.
 * The page's clock is Playwright's: paused, no timer fires, so "at once" needs no timing.
 */
import { expect, test, type Page, type Request } from '@playwright/test';
import { DomUtils, parseDocument } from 'htmlparser2';
import { SEARCH_DEBOUNCE_MS } from '../src/features/search/components/search-box.tsx';
import { shardOf } from '../src/search/index-format.ts';
import { parseQuery } from '../src/search/query.ts';
import { readArticle, readListItems } from './support/bundle.ts';
import { articleList, listRegion } from './support/reader-page.ts';
import { readFileSync } from 'node:fs';

const fold = (text: string) => text.normalize('NFKC').toLowerCase();
const items = readListItems().map((item) => {
  const article = readArticle(item.id);
  return { ...item, titleText: fold(article.title), bodyText: fold(DomUtils.textContent(parseDocument(article.html))) };
});
const { shards } = JSON.parse(readFileSync(new URL('../dist/data/search/meta.json', import.meta.url), 'utf8')) as { shards: number };
const shardsOfQuery = (q: string) => new Set(parseQuery(q).tokens.map((token) => shardOf(token, shards)));

interface Pick {
  q: string;
  count: number;
  /** The first result's title: title matches rank first, newest first. */
  firstTitle: string;
}

/** Two-character queries found in titles, each with its own shard and its own first result. */
function pickQueries(): [Pick, Pick] {
  const picks: Pick[] = [];
  for (const item of items) {
    for (const run of item.titleText.match(/[\u4e00-\u9fff]{2,}/g) ?? []) {
      for (let i = 0; i + 2 <= run.length; i++) {
        const q = run.slice(i, i + 2);
        const inTitle = items.filter((a) => a.titleText.includes(q));
        const count = items.filter((a) => a.titleText.includes(q) || a.bodyText.includes(q)).length;
        const pick = { q, count, firstTitle: inTitle[0].title.trim() };
        const other = picks[0];
        if (count < 2 || count > items.length / 3) continue;
        if (other && (other.count === count || other.firstTitle === pick.firstTitle || [...shardsOfQuery(q)].some((s) => shardsOfQuery(other.q).has(s)))) continue;
        picks.push(pick);
        if (picks.length === 2) return [picks[0], picks[1]];
      }
    }
  }
  throw new Error('no two suitable queries in the demo bundle');
}

const [first, second] = pickQueries();
const searchBox = (page: Page) => page.getByRole('searchbox', { name: '搜索' });
const resultCount = (page: Page) => listRegion(page).getByText(/^[\d,]+ 条结果$/);
const firstHeading = (page: Page) => articleList(page).getByRole('listitem').first().getByRole('heading');
const queryInUrl = (page: Page) => page.evaluate(() => new URLSearchParams(location.search).get('q'));

/** Composes `pinyin` keystroke by keystroke, as an input method shows it in the box, then commits `word`. */
async function typeWithInputMethod(page: Page, pinyin: string, word: string, beforeCommit?: () => Promise<void>) {
  const cdp = await page.context().newCDPSession(page);
  for (let i = 1; i <= pinyin.length; i++) {
    await cdp.send('Input.imeSetComposition', { text: pinyin.slice(0, i), selectionStart: i, selectionEnd: i });
  }
  await beforeCommit?.();
  await cdp.send('Input.insertText', { text: word });
  await cdp.detach();
}

test('an input method commit searches at once, keystrokes after a pause, pinyin never', async ({ page }) => {
  test.slow(); // a dozen steps on one page
  await page.clock.install();
  await page.goto('/');
  await expect(articleList(page).getByRole('listitem').first()).toBeVisible();
  await searchBox(page).click();

  // Time stands still from here: no debounce can fire.
  await page.clock.pauseAt(Date.now() + 60_000);
  await typeWithInputMethod(page, 'zhongwen', first.q, async () => {
    // The pinyin in the box is not a query, however long the pause.
    await page.clock.runFor(SEARCH_DEBOUNCE_MS * 10);
    expect(await queryInUrl(page)).toBeNull();
  });
  // The committed word is in the URL without any timer having run.
  await expect.poll(() => queryInUrl(page)).toBe(first.q);
  await page.clock.resume();
  await expect(resultCount(page)).toHaveText(`${first.count} 条结果`);
  await expect(firstHeading(page)).toHaveText(first.firstTitle);
  await expect(firstHeading(page).locator('mark').first()).toHaveText(first.q);

  // A keystroke (here Backspace) waits for the debounce.
  await page.clock.pauseAt(Date.now() + 120_000);
  await searchBox(page).press('End');
  await searchBox(page).press('Backspace');
  await page.clock.runFor(SEARCH_DEBOUNCE_MS - 1);
  expect(await queryInUrl(page)).toBe(first.q);
  await page.clock.runFor(1);
  await expect.poll(() => queryInUrl(page)).toBe(first.q.slice(0, 1));
  await page.clock.resume();
  await expect(listRegion(page).getByText(/请至少输入两个汉字/)).toBeVisible();
});

test('a later query is never replaced by an earlier one whose index files arrive late', async ({ page }) => {
  test.slow(); // two queries and a held response on one page
  // The first query's shard files are held back until the second query's have arrived.
  const held = [...shardsOfQuery(first.q)].map((n) => `/data/search/s/${n}.json`);
  const release: (() => void)[] = [];
  const heldRequests: Request[] = [];
  await page.route((url) => held.some((path) => url.pathname.endsWith(path)), async (route) => {
    heldRequests.push(route.request());
    await new Promise<void>((resolve) => release.push(resolve));
    await route.continue();
  });
  await page.goto('/');
  await expect(articleList(page).getByRole('listitem').first()).toBeVisible();
  await searchBox(page).click();
  // Each word arrives whole (as an input method commits it) and is searched at once. The
  // held files must arrive before the app gives up on them (15 s): few steps in between.
  await page.keyboard.insertText(first.q);
  await expect.poll(() => queryInUrl(page)).toBe(first.q);
  await expect.poll(() => release.length).toBe(held.length);
  await searchBox(page).selectText();
  const secondFiles = [...shardsOfQuery(second.q)].map((n) => page.waitForEvent('requestfinished', (r) => r.url().endsWith(`/data/search/s/${n}.json`)));
  await page.keyboard.insertText(second.q);
  await Promise.all(secondFiles);

  // Now the first query's files arrive; once they are read, the second query's results show.
  release.forEach((go) => go());
  for (const request of heldRequests) {
    const response = await request.response();
    expect(response?.status(), `${request.url()} arrives late, but arrives`).toBe(200);
    await response!.finished();
  }
  // Until the page has nothing left to do (the files read, the hits worked out, any render done).
  for (let i = 0; i < 2; i++) await page.evaluate(() => new Promise((resolve) => requestIdleCallback(() => setTimeout(resolve, 0))));
  expect(await queryInUrl(page)).toBe(second.q);
  await expect(resultCount(page)).toHaveText(`${second.count} 条结果`);
  await expect(firstHeading(page)).toHaveText(second.firstTitle);
  await expect(firstHeading(page).locator('mark').first()).toHaveText(second.q);
});
