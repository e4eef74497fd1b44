/**
 * Hovering or focusing what the reader is about to open fetches its data ahead of the click
 * (the router's intent preload runs the target route's loader: src/router.tsx). Once the page
 * is idle, the sidebar's items in view have their first list page fetched too (one at a time,
 * never with Save-Data on, never for what is hidden): the intent tests turn Save-Data on, so
 * that only intent fetches ahead.
 */
import { expect, test, type Page } from '@playwright/test';
import { distFileText, largestNodeAtLevel, readIndex, readListItems } from './support/bundle.ts';
import { articleHeading, articleList, categoryTree, treeItemName, turnOnSaveData } from './support/reader-page.ts';

/** Data files the page has requested so far, as paths under /data/. */
function recordDataRequests(page: Page): string[] {
  const seen: string[] = [];
  page.on('request', (request) => {
    const path = new URL(request.url()).pathname;
    if (path.startsWith('/data/')) seen.push(path.slice('/data/'.length));
  });
  return seen;
}

/** Resolves once the page has had idle moments and the network is quiet: what idle time fetches is asked for. */
async function pageSettled(page: Page) {
  await page.waitForLoadState('networkidle');
  await page.evaluate(() => new Promise((resolve) => requestIdleCallback(() => requestIdleCallback(resolve))));
  await page.waitForLoadState('networkidle');
}

const firstPageOf = (key: string) => `lists/${key}/0.json`;

test('hovering or focusing a row fetches its article, hovering a category its first list page, before any click', async ({ page }) => {
  await turnOnSaveData(page);
  const seen = recordDataRequests(page);
  await page.goto('/');
  const [, second, third] = readListItems();
  const rows = articleList(page).getByRole('link');
  await expect(rows.nth(2)).toBeVisible();
  const articleFile = (id: string) => `articles/${id.slice(0, 2)}/${id}.json`;
  expect(seen).not.toContain(articleFile(second.id));

  await rows.nth(1).hover();
  await expect.poll(() => seen).toContain(articleFile(second.id));
  await rows.nth(2).focus();
  await expect.poll(() => seen).toContain(articleFile(third.id));

  // A category other than the one shown: its list page is not loaded yet.
  const node = readIndex().categories.at(-1)!;
  const firstPage = `lists/${node.key}/0.json`;
  expect(seen).not.toContain(firstPage);
  const item = categoryTree(page).getByRole('treeitem', { name: treeItemName(node.name) });
  await item.hover();
  await expect.poll(() => seen).toContain(firstPage);

  // The click then uses what was fetched: the article opens without fetching it again.
  await rows.nth(1).click();
  await expect(articleHeading(page)).toHaveText(second.title.trim());
  expect(seen.filter((path) => path === articleFile(second.id))).toHaveLength(1);
});

test('the first screen asks for its data before the app has loaded, and only once', async ({ page }) => {
  // With the app's code held back, the page still asks for the first screen's data.
  const early = recordDataRequests(page);
  await page.route((url) => url.pathname.startsWith('/assets/') && url.pathname.endsWith('.js'), () => new Promise<void>(() => {}));
  await page.goto('/', { waitUntil: 'commit' });
  await expect.poll(() => early).toEqual(expect.arrayContaining(['index.json', 'lists/all/0.json']));
  await page.unrouteAll({ behavior: 'ignoreErrors' });

  const seen = recordDataRequests(page);
  const [first] = readListItems();
  await page.goto('/');
  await expect(articleList(page).getByRole('link').first()).toContainText(first.title.trim());
  // Started by public/before-first-paint.js, in parallel with the app's code, and taken over
  // by the app (src/lib/fetch-data.ts): never downloaded twice.
  expect(seen.filter((path) => path === 'index.json')).toHaveLength(1);
  expect(seen.filter((path) => path === 'lists/all/0.json')).toHaveLength(1);
  // The list view's route code is preloaded with the entry (scripts/first-screen-preload.ts).
  const preloads = await page.locator('link[rel="modulepreload"]').evaluateAll((links) => links.map((l) => new URL((l as HTMLLinkElement).href).pathname));
  expect(preloads.some((path) => /\/assets\/_browse-[^/]+\.js$/.test(path))).toBe(true);

  // An article URL: its file is asked for once.
  const seenArticle = recordDataRequests(page);
  await page.goto(`/articles/${first.id}`);
  await expect(articleHeading(page)).toHaveText(first.title.trim());
  const file = `articles/${first.id.slice(0, 2)}/${first.id}.json`;
  expect(seenArticle.filter((path) => path === file)).toHaveLength(1);
});

test('a click in the sidebar starts its list downloading before the navigation, and shows the pick at once; a Ctrl-click changes nothing here', async ({ page, context }) => {
  await turnOnSaveData(page);
  // Each data request, with the event being handled when it was made ('' = none).
  await page.addInitScript(() => {
    const fetchNow = window.fetch.bind(window);
    const log: [string, string][] = [];
    (window as unknown as { __fetchLog: typeof log }).__fetchLog = log;
    window.fetch = (input, init) => {
      log.push([input instanceof Request ? input.url : String(input), window.event?.type ?? '']);
      return fetchNow(input, init);
    };
  });
  const node = largestNodeAtLevel(1);
  expect(node.children.length).toBeGreaterThan(0);
  // The category's first page is held back until the test lets it through.
  let release!: () => void;
  const held = new Promise<void>((resolve) => { release = resolve; });
  await page.route(`**/data/lists/${node.key}/0.json`, async (route) => { await held; await route.continue(); });
  await page.goto('/');
  const [first] = readListItems();
  const rows = articleList(page).getByRole('link');
  await expect(rows.first()).toContainText(first.title.trim());
  const item = categoryTree(page).getByRole('treeitem', { name: treeItemName(node.name) });

  const itemHref = new URL((await item.getAttribute('href'))!, page.url()).href;
  // A plain click (in the page: no hover first, so nothing was preloaded). Drawn as the selection
  // as the click lands, read before any timer can run (such as the router's 150 ms pending
  // view), while All, still what the page shows, steps back.
  const atClick = await item.evaluate(async (el) => {
    const selected = () => document.querySelector<HTMLElement>('[role="tree"] [aria-selected="true"]')!;
    const all = selected();
    const selectedLook = getComputedStyle(all).backgroundColor;
    (el as HTMLElement).click();
    await new Promise((resolve) => setTimeout(resolve, 0));
    return {
      looksSelected: getComputedStyle(el).backgroundColor === selectedLook,
      allStepsBack: getComputedStyle(all).backgroundColor !== selectedLook,
      stillSelected: selected() === all,
    };
  });
  expect(atClick).toEqual({ looksSelected: true, allStepsBack: true, stillSelected: true });
  // Its first page and its timeline were asked for by the click itself, not by the navigation after it.
  const fetchLog = await page.evaluate(() => (window as unknown as { __fetchLog: [string, string][] }).__fetchLog);
  const askedDuring = (file: string) => fetchLog.find(([url]) => url.endsWith(`/data/${file}`))?.[1];
  expect(askedDuring(`lists/${node.key}/0.json`)).toBe('click');
  expect(askedDuring(`lists/${node.key}/days.json`)).toBe('click');
  // The page the list paints with goes out first, its timeline after.
  const order = (file: string) => fetchLog.findIndex(([url]) => url.endsWith(`/data/${file}`));
  expect(order(`lists/${node.key}/0.json`)).toBeLessThan(order(`lists/${node.key}/days.json`));
  release();
  await expect(rows.first()).toContainText(readListItems(node.key)[0].title.trim());
  // With its list there, the tree selects it for real, and opens it.
  await expect(item).toHaveAttribute('aria-selected', 'true');
  await expect(item).toHaveAttribute('aria-expanded', 'true');
  await expect(categoryTree(page).getByRole('treeitem', { name: treeItemName(node.children[0].name) })).toBeVisible();
  await expect(categoryTree(page).locator('[data-pending]')).toHaveCount(0);
  expect(new URL(page.url()).searchParams.get('category')).toBe(node.name);
  // The item's address (a new tab, a copied link) is where the click went.
  expect(page.url()).toBe(itemHref);

  // A Ctrl/Cmd-click opens another category in a new tab: this tab's sidebar and list stay as they are.
  const other = categoryTree(page).getByRole('treeitem', { name: treeItemName(readIndex().categories.find((n) => n.key !== node.key)!.name) });
  const popup = context.waitForEvent('page');
  await other.click({ modifiers: ['ControlOrMeta'] });
  await (await popup).close();
  await expect(other).toHaveAttribute('aria-selected', 'false');
  await expect(item).toHaveAttribute('aria-selected', 'true');
  await expect(rows.first()).toContainText(readListItems(node.key)[0].title.trim());
  expect(new URL(page.url()).searchParams.get('category')).toBe(node.name);
});

test("the reading view's code is not part of the first screen; it loads once the page is in use, before any article is opened", async ({ page }) => {
  const scripts: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname);
  });
  // The reading view's chunk: the one with DOMPurify in it.
  const readerChunk = (paths: string[]) => paths.filter((path) => /\/assets\/articles\._id-[^/]+\.js$/.test(path) && distFileText(path).includes('DOMPurify'));
  await page.goto('/');
  const [first] = readListItems();
  await expect(articleList(page).getByRole('link').first()).toContainText(first.title.trim());
  await page.waitForLoadState('networkidle');
  expect(readerChunk(scripts)).toEqual([]);

  // A key press (not a hover, which preloads the row under the pointer through the router).
  await page.keyboard.press('Shift');
  await expect.poll(() => readerChunk(scripts)).toHaveLength(1);
  await articleList(page).getByRole('link').first().click();
  await expect(articleHeading(page)).toHaveText(first.title.trim());
  expect(readerChunk(scripts)).toHaveLength(1);
});

test('Back pressed while a picked category loads leaves the sidebar on what the page shows', async ({ page }) => {
  await turnOnSaveData(page);
  const node = largestNodeAtLevel(1);
  // The category's first page never arrives.
  await page.route(`**/data/lists/${node.key}/0.json`, () => new Promise<void>(() => {}));
  await page.goto('/');
  const [first] = readListItems();
  const rows = articleList(page).getByRole('link');
  await expect(rows.first()).toContainText(first.title.trim());
  const all = categoryTree(page).getByRole('treeitem', { name: treeItemName('全部') });
  const item = categoryTree(page).getByRole('treeitem', { name: treeItemName(node.name) });
  const selectedLook = await all.evaluate((el) => getComputedStyle(el).backgroundColor);

  await item.click();
  await expect(page).toHaveURL(/category=/);
  await expect.poll(() => item.evaluate((el) => getComputedStyle(el).backgroundColor)).toBe(selectedLook);
  await page.goBack();
  await expect(page).not.toHaveURL(/category=/);
  await expect.poll(() => item.evaluate((el) => getComputedStyle(el).backgroundColor)).not.toBe(selectedLook);
  await expect(all).toHaveAttribute('aria-selected', 'true');
  await expect.poll(() => all.evaluate((el) => getComputedStyle(el).backgroundColor)).toBe(selectedLook);
  await expect(item).toHaveAttribute('aria-selected', 'false');
  await expect(rows.first()).toContainText(first.title.trim());
});

test('once the page is idle, the sidebar items in view have their first list page and timeline fetched, each once; a click then downloads nothing', async ({ page }) => {
  const seen = recordDataRequests(page);
  await page.goto('/');
  const rows = articleList(page).getByRole('link');
  await expect(rows.first()).toContainText(readListItems()[0].title.trim());
  const roots = readIndex().categories;
  // Every top-level item is in view on a desktop screen; their children, in closed branches, are not.
  await expect.poll(() => roots.filter((node) => seen.includes(firstPageOf(node.key))).length, { timeout: 10_000 }).toBe(roots.length);
  // With their timelines, so the date bar is there with the list.
  await expect.poll(() => roots.filter((node) => seen.includes(`lists/${node.key}/days.json`)).length).toBe(roots.length);
  // After what the first screen needed.
  expect(seen.indexOf('lists/all/0.json')).toBeLessThan(Math.min(...roots.map((node) => seen.indexOf(firstPageOf(node.key)))));
  await pageSettled(page);
  const children = roots.flatMap((node) => node.children);
  expect(seen.filter((path) => children.some((child) => path === firstPageOf(child.key)))).toEqual([]);

  // A click lists the category with what was fetched; its children come into view and are fetched in turn.
  const node = largestNodeAtLevel(1);
  await categoryTree(page).getByRole('treeitem', { name: treeItemName(node.name) }).click();
  await expect(rows.first()).toContainText(readListItems(node.key)[0].title.trim());
  await expect.poll(() => node.children.filter((child) => seen.includes(firstPageOf(child.key))).length, { timeout: 10_000 }).toBe(node.children.length);
  for (const path of [...roots, ...node.children].map((n) => firstPageOf(n.key))) expect(seen.filter((p) => p === path)).toHaveLength(1);
});

test('with Save-Data on, nothing is fetched ahead at idle', async ({ page }) => {
  await turnOnSaveData(page);
  const seen = recordDataRequests(page);
  await page.goto('/');
  await expect(articleList(page).getByRole('link').first()).toContainText(readListItems()[0].title.trim());
  await pageSettled(page);
  expect(seen.filter((path) => path.startsWith('lists/') && !path.startsWith('lists/all/'))).toEqual([]);
});

test.describe('375 px phone', () => {
  test.use({ viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true });

  test('the closed drawer fetches nothing ahead; opened, its items in view are fetched', async ({ page }) => {
    const seen = recordDataRequests(page);
    await page.goto('/');
    await expect(articleList(page).getByRole('link').first()).toContainText(readListItems()[0].title.trim());
    await pageSettled(page);
    const roots = readIndex().categories;
    expect(seen.filter((path) => roots.some((node) => path === firstPageOf(node.key)))).toEqual([]);

    await page.getByRole('button', { name: '打开分类' }).click();
    await expect.poll(() => roots.filter((node) => seen.includes(firstPageOf(node.key))).length, { timeout: 10_000 }).toBe(roots.length);
  });
});
