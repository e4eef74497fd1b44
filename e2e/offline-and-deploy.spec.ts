/**
 * Shipping the site: the build for a sub-path (`BASE_PATH=/news/ SITE_URL=https://example.org`)
 * served under /news/ by a static host, its link-preview pages as a crawler reads them, the feed
 * and the sitemap, and reading offline with the service worker.
 */
import { expect, test, type Page } from '@playwright/test';
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { DomUtils, parseDocument } from 'htmlparser2';
import { DATA_TIMEOUT_MS } from '../src/lib/fetch-data.ts';
import { listPagePath, type ArticleSummary, type BundleIndex, type ListPage } from '../src/bundle/schema.ts';
import { startStaticServer } from '../scripts/serve-static.ts';
import { articleHeading, articleList, listTitle } from './support/reader-page.ts';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const SITE = 'https://example.org/news/';

let root: string;
let siteDir: string;
let server: { url: string; close: () => Promise<void> };

const readJson = <T,>(rel: string): T => JSON.parse(readFileSync(path.join(siteDir, 'data', rel), 'utf8')) as T;
const firstPage = () => readJson<ListPage>(listPagePath('all', 0)).items;
const oneLine = (text: string) => text.replace(/\s+/g, ' ').trim();

test.describe.configure({ mode: 'serial' });

test.beforeAll(async () => {
  test.setTimeout(300_000);
  root = mkdtempSync(path.join(tmpdir(), 'reader-deploy-'));
  siteDir = path.join(root, 'site');
  // `BASE_PATH=/news/ SITE_URL=… npm run build`, into a temporary folder (types were checked by the main build).
  const code = await new Promise<number | null>((resolve, reject) => {
    const child = spawn(process.execPath, [path.join(repoRoot, 'node_modules/vite/bin/vite.js'), 'build', '--outDir', siteDir, '--emptyOutDir'], {
      cwd: repoRoot,
      env: { ...process.env, BASE_PATH: '/news/', SITE_URL: 'https://example.org', CONTENT_REPORT: path.join(root, 'report.json') },
      stdio: 'ignore',
    });
    child.on('error', reject);
    child.on('close', resolve);
  });
  expect(code).toBe(0);
  server = await startStaticServer({ root: siteDir, base: '/news/' });
});

test.afterAll(async () => {
  await server?.close();
  if (root) rmSync(root, { recursive: true, force: true });
});

/** Meta tags of a served page, parsed as a link-preview crawler does (no script runs). */
async function previewOf(page: Page, url: string) {
  const response = await page.request.get(url);
  expect(response.status()).toBe(200);
  const doc = parseDocument(await response.text());
  const meta: Record<string, string> = {};
  for (const el of DomUtils.findAll((node) => node.name === 'meta', doc.children)) {
    const key = el.attribs.property ?? el.attribs.name;
    if (key) meta[key] = el.attribs.content;
  }
  const title = DomUtils.textContent(DomUtils.findAll((node) => node.name === 'title', doc.children));
  const canonical = DomUtils.findOne((node) => node.name === 'link' && node.attribs.rel === 'canonical', doc.children)?.attribs.href;
  return { title, meta, canonical };
}

test('under /news/: a deep link, a reload, another article and Back', async ({ page }) => {
  const [first, second] = firstPage();
  await page.goto(`${server.url}articles/${first.id}`);
  await expect(articleHeading(page)).toHaveText(first.title.trim());
  await articleList(page).getByRole('link').filter({ hasText: second.title.trim() }).first().click();
  await expect(page).toHaveURL(`${server.url}articles/${second.id}`);
  await expect(articleHeading(page)).toHaveText(second.title.trim());
  await page.reload();
  await expect(articleHeading(page)).toHaveText(second.title.trim());
  await page.goBack();
  await expect(page).toHaveURL(`${server.url}articles/${first.id}`);
  await expect(articleHeading(page)).toHaveText(first.title.trim());
  // The category's preview path opens the same list as its query link.
  const node = readJson<BundleIndex>('index.json').categories[0];
  await page.goto(`${server.url}categories/${node.key}`);
  await expect(listTitle(page)).toHaveText(node.name);
  expect(decodeURIComponent(page.url())).toBe(`${server.url}?category=${node.name}`);
});

test('article and category pages carry the link-preview tags, with absolute URLs', async ({ page }) => {
  const items = firstPage();
  const withThumb = items.find((item) => item.thumb?.startsWith('/news/data/assets/'))!;
  const preview = await previewOf(page, `${server.url}articles/${withThumb.id}`);
  expect(preview.title).toBe(`${oneLine(withThumb.title)} · 新闻存档`);
  expect(preview.canonical).toBe(`${SITE}articles/${withThumb.id}`);
  expect(preview.meta).toMatchObject({
    'og:type': 'article',
    'og:title': oneLine(withThumb.title),
    'og:description': oneLine(withThumb.excerpt),
    'og:image': `https://example.org${withThumb.thumb}`,
    'og:url': `${SITE}articles/${withThumb.id}`,
    'article:published_time': withThumb.date,
  });
  const node = readJson<BundleIndex>('index.json').categories[0];
  const category = await previewOf(page, `${server.url}categories/${node.key}`);
  expect(category.canonical).toBe(`${SITE}categories/${node.key}`);
  expect(category.meta).toMatchObject({ 'og:type': 'website', 'og:title': node.name });
});

test('the Atom feed and the sitemap are well-formed XML with the newest articles and every page', async ({ page }) => {
  await page.goto(server.url);
  const parse = (url: string) =>
    page.evaluate(async (address) => {
      const doc = new DOMParser().parseFromString(await (await fetch(address)).text(), 'application/xml');
      if (doc.querySelector('parsererror')) return { error: doc.querySelector('parsererror')!.textContent };
      const texts = (name: string) => [...doc.getElementsByTagName(name)].map((el) => el.textContent);
      return { root: doc.documentElement.localName, ids: [...doc.querySelectorAll('entry > id')].map((el) => el.textContent), locs: texts('loc') };
    }, url);
  const items = firstPage().filter((item) => item.date !== null);
  const feed = await parse(`${server.url}atom.xml`);
  expect(feed.root).toBe('feed');
  expect(feed.ids).toEqual(items.slice(0, 50).map((item) => `${SITE}articles/${item.id}`));

  const sitemap = await parse(`${server.url}sitemap.xml`);
  expect(sitemap.root).toBe('urlset');
  const index = readJson<BundleIndex>('index.json');
  const listed: ArticleSummary[] = [];
  for (let n = 0; n * index.pageSize < index.total; n++) listed.push(...readJson<ListPage>(listPagePath('all', n)).items);
  expect(sitemap.locs![0]).toBe(SITE);
  expect(sitemap.locs!.filter((loc) => loc.includes('/articles/')).sort()).toEqual(listed.map((item) => `${SITE}articles/${item.id}`).sort());
});

test.describe('offline', () => {
  test.use({ serviceWorkers: 'allow' });

  test('a visited article reloads offline; an unvisited one says at once it needs a connection, and Retry works once back', async ({ page, context }) => {
    const [first, ...others] = firstPage();
    await page.goto(`${server.url}articles/${first.id}`);
    await expect(articleHeading(page)).toHaveText(first.title.trim());
    // The worker is in control and has kept every data file the page read, the article among
    // them, including those it did not see being fetched (it fetches those again, one by one:
    // going offline after only the article was kept lost the list page, once, in CI).
    await expect.poll(() => page.evaluate(async (id) => {
      if (!navigator.serviceWorker.controller) return 'no worker in control';
      const read = performance.getEntriesByType('resource').map((entry) => entry.name).filter((url) => new URL(url).pathname.includes('/data/'));
      const kept = new Set<string>();
      for (const name of await caches.keys()) for (const request of await (await caches.open(name)).keys()) kept.add(request.url);
      if (!read.some((url) => url.endsWith(`/${id}.json`))) return 'article not read';
      return read.filter((url) => !kept.has(url));
    }, first.id), { timeout: 20_000 }).toEqual([]);

    await context.setOffline(true);
    await page.reload();
    await expect(articleHeading(page)).toHaveText(first.title.trim());

    // An article in view whose file was provably never kept (nothing fetched it ahead).
    const kept = await page.evaluate(async () => {
      const urls: string[] = [];
      for (const name of await caches.keys()) for (const request of await (await caches.open(name)).keys()) urls.push(new URL(request.url).pathname);
      return urls;
    });
    const unread = others.slice(0, 8).find((item) => !kept.some((url) => url.endsWith(`/${item.id}.json`)));
    expect(unread, 'an article on the first screen that was not kept').toBeDefined();
    // However the network fails (here: not at all, it just never answers), the reader knows it is
    // offline and that the file was not kept.
    // Chromium (159) keeps navigator.onLine true in a document loaded under emulated offline;
    // applying the emulation again tells the page, as a real loss of network does.
    await context.setOffline(false);
    await context.setOffline(true);
    expect(await page.evaluate(() => navigator.onLine)).toBe(false);
    const hang = () => undefined;
    await context.route('**/data/articles/**', hang);
    await articleList(page).getByRole('link').filter({ hasText: unread!.title.trim() }).first().click();
    const alert = page.getByRole('alert');
    // At once: the article's request never answers, so the alert can only come from the reader
    // knowing it is offline; waiting on the network would take the data timeout (15 s), which
    // this 10 s margin (for a busy machine) would not cover.
    expect(DATA_TIMEOUT_MS).toBeGreaterThan(10_000);
    await expect(alert.getByRole('heading', { name: '需要联网' })).toBeVisible({ timeout: 10_000 });
    await expect(alert).toContainText('离线时无法打开');

    await context.unroute('**/data/articles/**', hang);
    await context.setOffline(false);
    await alert.getByRole('button', { name: '重试' }).click();
    await expect(articleHeading(page)).toHaveText(unread!.title.trim());
  });
});
