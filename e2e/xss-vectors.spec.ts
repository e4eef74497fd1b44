/**
 * The XSS suite: an archive with one post per attack vector (e2e/fixtures-gen/xss-vectors.ts)
 * is built with the real pipeline and every article is read in Chromium, one after the other
 * through the reader's "next" link, as a person would. Twice:
 *
 * 1. as built (pipeline cleaning, then DOMPurify in the browser, under the app's CSP);
 * 2. with each article's raw payloads put back into its JSON (`html`, title, author,
 *    category, thumbnail) and the CSP bypassed: the browser sanitizer alone is the boundary,
 *    since the bundle could be served from anywhere.
 *
 * A vector "executed" if, while its article was open, a dialog opened, an error was thrown,
 * the `window.__xss` canary was written, a CSP violation fired, a request left for the
 * attacker's host, a popup opened or the app reloaded; or if anything active (a handler, a `javascript:`
 * URL, a script-capable element) is left in the page. Both counts must be 0.
 */
import { expect, test, type Page } from '@playwright/test';
import { ALL_LIST, listIndexPath, listPagePath, type ListIndex, type ListPage } from '../src/bundle/schema.ts';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { writeXssArchive, type RawArticleFields, type XssPost } from './fixtures-gen/xss-archive.ts';
import { ATTACKER_HOST, XSS_VECTORS } from './fixtures-gen/xss-vectors.ts';
import { buildAlternateSite, type AlternateSite } from './support/alternate-site.ts';
import { findActiveResidue } from './support/dom-residue.ts';
import { newEvents, watchSecurity } from './support/security-watch.ts';

// One archive build for both walks; the walks are long, each has its own test.
test.describe.configure({ mode: 'default', timeout: 600_000 });

let site: AlternateSite;
let posts: XssPost[];
/** Article ids in list order (newest first), each with its post. */
let walk: { id: string; title: string; post: XssPost }[];

test.beforeAll(async () => {
  test.setTimeout(180_000);
  site = await buildAlternateSite('xss', (dir) => {
    posts = writeXssArchive(dir);
  });
  const byPath = new Map(posts.map((post) => [post.path, post]));
  const readJson = <T>(rel: string) => JSON.parse(readFileSync(path.join(site.dataDir, rel), 'utf8')) as T;
  const { pages } = readJson<ListIndex>(listIndexPath(ALL_LIST));
  const items = pages.flatMap((_, n) => readJson<ListPage>(listPagePath(ALL_LIST, n)).items);
  const pathById = new Map(site.report.files.map((entry) => [entry.id, entry.path]));
  walk = items.map((item) => ({ id: item.id, title: item.title, post: byPath.get(pathById.get(item.id)!)! }));
});

test.afterAll(async () => {
  await site?.close();
});

const articleBody = (page: Page) => page.getByRole('article').locator('.article-body');
const collapse = (text: string) => text.replace(/\s+/g, ' ').trim();

/** Lets image errors, toggles, animations and other queued tasks of a fresh article run. */
async function settle(page: Page) {
  await expect
    .poll(() => articleBody(page).evaluate((el) => [...el.querySelectorAll('img')].every((img) => img.complete)))
    .toBe(true);
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(done, 0)))));
}

/** Executed vectors after which a walk stops: the verdict is clear and a broken app is slow to walk. */
const MAX_EXECUTED_REPORTED = 25;

interface WalkResult {
  tried: number;
  executed: { vector: string; what: string[] }[];
}

/** Reads every article from the newest on, through the "next" link, checking each. */
async function readEveryArticle(page: Page, title: (entry: (typeof walk)[number]) => string): Promise<WalkResult> {
  const watch = await watchSecurity(page, ATTACKER_HOST);
  const result: WalkResult = { tried: 0, executed: [] };
  // After a vector broke the app, the next article is opened by address instead of the link.
  let reopen = true;
  for (const entry of walk) {
    const vector = `${entry.post.vector.family}: ${entry.post.vector.name}`;
    try {
      if (reopen) await page.goto(`${site.url}articles/${entry.id}`, { timeout: 10_000 });
      const before = await watch.read();
      if (!reopen) await page.locator('a[rel="next"]').click();
      await expect(page).toHaveURL(new RegExp(`/articles/${entry.id}$`));
      // The app keeps working: the article's own heading, not an error view or a blank page.
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(collapse(title(entry)) || '无标题');
      await settle(page);
      reopen = false;
      const what = [...newEvents(before, await watch.read()), ...(await findActiveResidue(articleBody(page)))];
      if (what.length > 0) result.executed.push({ vector, what });
    } catch (error) {
      result.executed.push({ vector, what: [`the app stopped working: ${String(error).split('\n')[0]}`] });
      reopen = true;
    }
    result.tried++;
    // A sanitizer this broken has made its point; stop before the test's time runs out.
    if (result.executed.length >= MAX_EXECUTED_REPORTED) break;
  }
  return result;
}

/** The app still navigates after the last vector: the sidebar opens a list. */
async function expectSidebarStillWorks(page: Page) {
  await page.getByRole('treeitem', { name: /^script\s*\d+$/ }).click();
  await expect(page.getByRole('region', { name: '文章列表' }).getByRole('heading', { level: 1 })).toHaveText('script');
}

test('every vector, cleaned by the pipeline and sanitized in the browser under the CSP, runs nothing', async ({ page }) => {
  // Every post is built, and the summary adds up to what the report says of each file.
  const withStatus = (status: string) => site.report.files.filter((file) => file.status === status).length;
  expect(site.report.files).toHaveLength(XSS_VECTORS.length);
  expect(site.report.summary).toEqual({ files: XSS_VECTORS.length, ok: withStatus('ok'), warning: withStatus('warning'), skipped: 0 });
  // A thumbnail that is not an http(s) address is refused out loud: its post carries a warning.
  const refused = posts.filter((post) => post.vector.thumbnail !== undefined && !/^https?:/i.test(post.vector.thumbnail));
  const statusOf = new Map(site.report.files.map((file) => [file.path, file.status]));
  expect(refused.length).toBeGreaterThan(0);
  expect(refused.filter((post) => statusOf.get(post.path) !== 'warning').map((post) => post.vector.name)).toEqual([]);
  expect(walk).toHaveLength(XSS_VECTORS.length);

  const result = await readEveryArticle(page, (entry) => entry.title);
  console.log(`XSS vectors (pipeline + browser sanitizer + CSP): ${result.tried} tried, ${result.executed.length} executed`);
  expect(result.executed).toEqual([]);
  expect(result.tried).toBe(XSS_VECTORS.length);
  await expectSidebarStillWorks(page);
});

test.describe('with the raw payloads served and the CSP bypassed', () => {
  test.use({ bypassCSP: true });

  test('every vector, sanitized by the browser alone, runs nothing', async ({ page }) => {
    const rawById = new Map(walk.map((entry) => [entry.id, entry.post.raw]));
    await page.route(
      (url) => url.pathname.startsWith('/data/articles/'),
      async (route) => {
        const response = await route.fetch();
        const article = (await response.json()) as { id: string };
        const raw: RawArticleFields = rawById.get(article.id)!;
        // A hostile bundle: the payloads untouched, and the thumbnail shown as a hero image.
        await route.fulfill({ response, json: { ...article, ...raw, hero: raw.thumb !== null } });
      },
    );
    const result = await readEveryArticle(page, (entry) => entry.post.raw.title);
    console.log(`XSS vectors (raw payloads, browser sanitizer alone, no CSP): ${result.tried} tried, ${result.executed.length} executed`);
    expect(result.executed).toEqual([]);
    expect(result.tried).toBe(XSS_VECTORS.length);
    await expectSidebarStillWorks(page);
  });
});
