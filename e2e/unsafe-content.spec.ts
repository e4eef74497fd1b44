/**
 * The demo's tampered post (a script, an `onerror` handler, a `javascript:` link, an iframe)
 * must run nothing and call nowhere, both as the pipeline cleaned it and served raw (the
 * browser's sanitizer is the boundary: the bundle could come from anywhere). Links in bodies
 * open in a new tab without opener or referrer; images load lazily without referrer.
 */
import { expect, test, type Page } from '@playwright/test';
import { articlePath } from '../src/bundle/schema.ts';
import { articleUrl, distFileExists, readArticle, readListItems, readReport, readSourceFile } from './support/bundle.ts';
import { articleHeading } from './support/reader-page.ts';

/** The archive file whose body carries all three attacks, found through the build report. */
function findUnsafePost() {
  for (const entry of readReport().files) {
    if (!entry.id) continue;
    const text = readSourceFile(entry.path);
    const body = text.slice(text.indexOf('---', text.indexOf('---') + 3) + 3);
    if (/<script/i.test(body) && /\sonerror\s*=/i.test(body) && /href\s*=\s*["']?javascript:/i.test(body)) {
      const urls = [...body.matchAll(/\s(?:src|href)\s*=\s*["']?([^"'\s>]+)/gi)].map((m) => m[1]);
      return { id: entry.id, body, remoteUrls: urls.filter((url) => /^https?:/i.test(url)) };
    }
  }
  throw new Error('the demo archive has no post with a script, an onerror handler and a javascript: link');
}

const unsafe = findUnsafePost();

/** Everything the page does that a person would not see: dialogs, errors, requests. */
function watch(page: Page) {
  const seen = { dialogs: [] as string[], errors: [] as string[], requests: [] as string[] };
  page.on('dialog', (dialog) => {
    seen.dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  page.on('pageerror', (error) => seen.errors.push(error.message));
  page.on('request', (request) => seen.requests.push(request.url()));
  return seen;
}

/** The article body: the one element holding the sanitized HTML. */
const articleBody = (page: Page) => page.getByRole('article').locator('.article-body');

async function expectNothingRanOrCalledOut(page: Page, seen: ReturnType<typeof watch>) {
  // Every image of the body has loaded or failed, so any request it made has been made.
  await expect.poll(() => articleBody(page).evaluate((el) => [...el.querySelectorAll('img')].every((img) => img.complete))).toBe(true);
  expect(seen.dialogs).toEqual([]);
  expect(seen.errors).toEqual([]);
  expect(await page.evaluate(() => (window as { __xss?: unknown }).__xss)).toBeUndefined();
  const origin = new URL(page.url()).origin;
  expect(seen.requests.filter((url) => new URL(url).origin !== origin)).toEqual([]);
  for (const remote of unsafe.remoteUrls) expect(seen.requests.filter((url) => url.startsWith(remote))).toEqual([]);
  await expect(articleBody(page).locator('script, iframe, [onerror], a[href^="javascript:" i]')).toHaveCount(0);
}

test('the tampered post, as built, runs nothing and its links open safely in a new tab', async ({ page }) => {
  expect(unsafe.remoteUrls.length).toBeGreaterThan(0);
  const seen = watch(page);
  await page.goto(articleUrl(unsafe.id));
  await expect(articleHeading(page)).toHaveText(readArticle(unsafe.id).title.trim());
  await expectNothingRanOrCalledOut(page, seen);

  const links = articleBody(page).getByRole('link');
  expect(await links.count()).toBeGreaterThan(0);
  for (const link of await links.all()) {
    await expect(link).toHaveAttribute('target', '_blank');
    await expect(link).toHaveAttribute('rel', /(?=.*\bnoopener\b)(?=.*\bnoreferrer\b)/);
  }
});

test('the tampered post served with its raw body is sanitized in the browser', async ({ page }) => {
  const article = readArticle(unsafe.id);
  await page.route(
    (url) => url.pathname === `/data/${articlePath(unsafe.id)}`,
    (route) => route.fulfill({ json: { ...article, html: unsafe.body } }),
  );
  const seen = watch(page);
  await page.goto(articleUrl(unsafe.id));
  await expect(articleHeading(page)).toHaveText(article.title.trim());
  await expectNothingRanOrCalledOut(page, seen);

  // The javascript: link keeps its text but is no longer a link; clicking it does nothing.
  const bait = articleBody(page).getByText('点这里领取奖品');
  await expect(bait).toBeVisible();
  await expect(articleBody(page).getByRole('link', { name: '点这里领取奖品' })).toHaveCount(0);
  await bait.click();
  expect(seen.dialogs).toEqual([]);
  expect(await page.evaluate(() => (window as { __xss?: unknown }).__xss)).toBeUndefined();
});

test('body images load lazily and send no referrer', async ({ page }) => {
  const withImages = readListItems().find((item) => {
    const images = [...readArticle(item.id).html.matchAll(/<img[^>]*\ssrc="([^"]+)"/g)].map((m) => m[1]);
    return images.length >= 2 && images.every(distFileExists);
  })!;
  await page.goto(articleUrl(withImages.id));
  await expect(articleHeading(page)).toHaveText(withImages.title.trim());
  const images = articleBody(page).locator('img');
  expect(await images.count()).toBeGreaterThanOrEqual(2);
  for (const image of await images.all()) {
    await expect(image).toHaveAttribute('loading', 'lazy');
    await expect(image).toHaveAttribute('referrerpolicy', 'no-referrer');
  }
});
