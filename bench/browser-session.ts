/**
 * One scripted reading session in headless Chromium against a served build, timing what a
 * person waits for: from an action to the painted result (the next animation frame after the
 * DOM shows it). Times are taken inside the page (performance.now()), so Playwright's own
 * round trips are not counted.
 */
import { chromium, type Browser, type Locator, type Page } from '@playwright/test';
import { existsSync } from 'node:fs';

export const LIST_ITEM = '[aria-label="文章列表"] a[href*="/articles/"]';
const TREE_ITEM = '[role="treeitem"]';

export interface SessionMetrics {
  /** Navigation start to the first list item painted. */
  firstItemMs: number;
  /** gzip bytes of JavaScript and data (JSON) transferred for the first screen. */
  firstScreenJsBytes: number;
  firstScreenDataBytes: number;
  firstScreenRequests: number;
  /**
   * gzip bytes of what the page fetched ahead once idle, before any action: what the categories
   * in view list first (lists other than `all`). Not counted in `firstScreenDataBytes`.
   */
  idlePrefetchBytes: number;
  /**
   * Click on a category to its list painted: no pointer, focus or touch on the item first (no
   * intent preload), on a page that has been idle (its items in view have their first page
   * fetched ahead, see `idlePrefetchBytes`).
   */
  categorySwitchMs: number;
  /**
   * The same click on a fresh page after the pointer rested on the item, as a mouse does (the
   * router's intent preload has fetched the list): what a person with a mouse sees.
   */
  categoryAfterHoverMs: number;
  /** Click on a list item (no hover first: nothing preloaded) to the article title painted. */
  openArticleMs: number;
  /**
   * The category click and the article click again in a browser that asks to save data
   * (Save-Data): nothing is fetched ahead at idle, each click waits for its download.
   */
  categoryColdMs: number;
  openColdMs: number;
  /** The same for another item after the pointer rested on it (the router's intent preload has run). */
  openAfterHoverMs: number;
  /** History back to the list painted. */
  backMs: number;
  /**
   * Click on a timeline bar to the filtered list painted (its first row showing an article,
   * as many rows as the bar counts): the mean of two changes, the category's oldest year, then
   * that year's busiest month.
   */
  dateRangeChangeMs: number;
  /** Scroll the All list down to item `scrollTarget` (painted), or null when the list is shorter. */
  scrollMs: number | null;
  /**
   * Search: the last keystroke of `SEARCH_QUERY` typed in the box (fresh page, no index loaded)
   * to the first result row painted with the term marked; the debounce is included.
   */
  searchMs: number;
  /** gzip bytes of data fetched for that query (index files and the result rows' list pages). */
  searchBytes: number;
  /**
   * Search as Chinese is really typed: in a fresh context (nothing cached), an input method
   * composes the pinyin in the box, then commits the whole word in one input event; from that
   * event to the first result row painted with the term marked.
   */
  searchImeMs: number;
  /** Largest number of list item elements seen in the DOM during the session. */
  maxListItemsInDom: number;
  /** JS heap used after the session (MB). */
  heapMb: number;
}

export async function launchBrowser(): Promise<Browser> {
  const system = '/usr/bin/chromium';
  return chromium.launch({
    executablePath: existsSync(system) ? system : undefined,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync',
      '--enable-precise-memory-info'],
  });
}

/**
 * A first visit in a fresh context: a desktop window, Chinese, Shanghai time, no service worker
 * in control (it would serve data from its cache, and Playwright sees no transfer sizes for what
 * it serves). `saveData`: the browser asks to save data, so the page fetches nothing ahead.
 */
async function newVisit(browser: Browser, { saveData = false } = {}) {
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 }, locale: 'zh-CN', timezoneId: 'Asia/Shanghai', serviceWorkers: 'block' });
  // tsx compiles this file with esbuild's keepNames, which wraps functions passed to
  // page.evaluate in a `__name` helper that only exists in Node.
  await context.addInitScript('window.__name = (fn) => fn;');
  if (saveData) {
    await context.addInitScript(() => {
      Object.defineProperty(navigator, 'connection', { configurable: true, value: { saveData: true, effectiveType: '4g' } });
    });
  }
  return { context, page: await context.newPage() };
}

/**
 * Waits until the page has had no request in flight for `quietMs`: what an action set off (a
 * preload on hover, fetching ahead at idle, code loaded on first use) is done, as it would be
 * for a person, who takes longer than that to look and point at the next thing. (Playwright's
 * `waitForLoadState('networkidle')` is no substitute: once the page load reached it, it returns
 * at once, whatever is in flight.) Gives up quietly after `timeoutMs`.
 */
function trackNetwork(page: Page) {
  let inFlight = 0;
  let lastChange = Date.now();
  const started = () => {
    inFlight++;
    lastChange = Date.now();
  };
  const ended = () => {
    inFlight = Math.max(0, inFlight - 1);
    lastChange = Date.now();
  };
  page.on('request', started);
  page.on('requestfinished', ended);
  page.on('requestfailed', ended);
  return async function networkQuiet(quietMs = 500, timeoutMs = 10_000) {
    const deadline = Date.now() + timeoutMs;
    while (Date.now() < deadline && (inFlight > 0 || Date.now() - lastChange < quietMs)) {
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
  };
}

/** Resolves with the time (ms since `t0`) when `predicate` holds, after one painted frame. */
async function timeUntil(page: Page, predicate: string, arg: unknown, timeoutMs = 15_000): Promise<number> {
  return page.evaluate(
    ({ predicate, arg, timeoutMs }) =>
      new Promise<number>((resolve, reject) => {
        const t0 = (window as unknown as { __benchT0: number }).__benchT0;
        // eslint-disable-next-line @typescript-eslint/no-implied-eval -- the check is sent to the page as text: page.evaluate cannot carry a closure
        const test = new Function('arg', `return (${predicate})(arg)`) as (a: unknown) => boolean;
        const deadline = performance.now() + timeoutMs;
        const check = () => {
          if (test(arg)) {
            requestAnimationFrame(() => resolve(performance.now() - t0));
            return;
          }
          if (performance.now() > deadline) return reject(new Error(`timed out waiting for ${predicate}`));
          requestAnimationFrame(check);
        };
        check();
      }),
    { predicate, arg, timeoutMs },
  );
}

const TIMELINE_BAR = '[role="group"][aria-label="时间线"] button[data-bar]';

/**
 * Clicks a bar of the timeline (the first one, or the one with the most articles) and times
 * until the list shows that bar's rows: the URL has its range, the first row shows an article
 * and the list is as long as the bar's count (its label reads "2024年3月：1,234 篇").
 */
async function changeDateRange(page: Page, which: 'first' | 'busiest'): Promise<number> {
  await page.waitForSelector(TIMELINE_BAR);
  const bars = page.locator(TIMELINE_BAR);
  const labels = await bars.evaluateAll((els) => els.map((el) => el.getAttribute('aria-label') ?? ''));
  const counts = labels.map((label) => Number(label.split(/[：:]/)[1]?.replace(/[^\d]/g, '') ?? 0));
  const index = which === 'first' ? counts.findIndex((n) => n > 0) : counts.indexOf(Math.max(...counts));
  await clickTimed(bars.nth(index));
  return timeUntil(
    page,
    `(a) => { const row = document.querySelector('[role="listitem"][aria-posinset="1"]'); return location.search.includes('from=') && !!row && !!row.querySelector('a[href]') && row.getAttribute('aria-setsize') === String(a.count); }`,
    { count: counts[index] },
  );
}

/**
 * Clicks inside the page and starts the clock there, so Playwright's own actionability checks
 * and round trips are not timed. No hover first: nothing is preloaded on intent.
 *
 * The element must still be in the page: Playwright finds it, then runs this in a second step,
 * and a list that re-rendered in between leaves a detached copy. A detached link is not React's
 * any more, and the browser follows it as a plain link (a full page load: what once made the
 * "open article" time unusable).
 */
const clickTimed = (locator: Locator) =>
  locator.evaluate((el) => {
    if (!el.isConnected) throw new Error('bench: the element to click left the page before the click');
    (window as unknown as { __benchT0: number }).__benchT0 = performance.now();
    (el as HTMLElement).click();
  });

/** Throws when the page was reloaded since `markPage` (a click that left the single-page app). */
async function assertSamePage(page: Page, what: string) {
  if (!(await page.evaluate(() => (window as unknown as { __benchPage?: number }).__benchPage === 1))) {
    throw new Error(`bench: ${what} loaded a new page instead of navigating inside the app`);
  }
}
const markPage = (page: Page) => page.evaluate(() => { (window as unknown as { __benchPage: number }).__benchPage = 1; });

/** The first list item element now; a list that changed shows a new one (rows are keyed per list). */
const rememberFirstItem = (page: Page) =>
  page.evaluate((sel) => { (window as unknown as { __benchOld: Element | null }).__benchOld = document.querySelector(sel); }, LIST_ITEM);

/**
 * Clicks a category item and times until the list shows the category's rows: a new first item
 * element under a category URL. (Not "a first item with another href": the old list's links
 * change their href as soon as the URL has the category, before the new list is there.)
 */
async function switchCategory(page: Page, item: Locator): Promise<number> {
  await rememberFirstItem(page);
  await clickTimed(item);
  return timeUntil(
    page,
    `(sel) => { const el = document.querySelector(sel); return !!el && el !== window.__benchOld && location.search.includes('category='); }`,
    LIST_ITEM,
  );
}

const countItems = (page: Page) => page.evaluate((sel) => document.querySelectorAll(sel).length, LIST_ITEM);

/** A query that the seeded generator's text and the demo archive both contain. */
export const SEARCH_QUERY = '无人驾驶';
/** Search results painted: the URL holds the whole query (not a prefix typed on the way), row 1 marks it. */
const SEARCH_PAINTED = `(q) => { const row = document.querySelector('[role="listitem"][aria-posinset="1"]'); return new URLSearchParams(location.search).get('q') === q && !!row && !!row.querySelector('a[href] mark'); }`;
/** The pinyin an input method shows while `SEARCH_QUERY` is composed, one keystroke at a time. */
const SEARCH_PINYIN = 'wurenjiashi';

/** See `SessionMetrics.categoryColdMs`: a fresh context that asks to save data. */
async function coldClicks(browser: Browser, url: string): Promise<{ categoryColdMs: number; openColdMs: number }> {
  const { context, page } = await newVisit(browser, { saveData: true });
  const networkQuiet = trackNetwork(page);
  await page.goto(url, { waitUntil: 'commit' });
  await page.waitForSelector(LIST_ITEM);
  await networkQuiet();
  await markPage(page);
  const categoryColdMs = await switchCategory(page, page.locator(TREE_ITEM).nth(1));
  await networkQuiet();
  await clickTimed(page.locator(LIST_ITEM).first());
  const openColdMs = await timeUntil(page, `() => !!document.querySelector('article h1')`, null);
  await assertSamePage(page, 'the cold clicks');
  await context.close();
  return { categoryColdMs, openColdMs };
}

/** See `SessionMetrics.searchImeMs`. */
async function imeSearch(browser: Browser, url: string): Promise<number> {
  const { context, page } = await newVisit(browser);
  await page.goto(url, { waitUntil: 'commit' });
  await page.waitForSelector(LIST_ITEM);
  await page.waitForLoadState('networkidle');
  await page.getByRole('searchbox', { name: '搜索' }).click();
  const cdp = await context.newCDPSession(page);
  for (let i = 1; i <= SEARCH_PINYIN.length; i++) {
    const text = SEARCH_PINYIN.slice(0, i);
    await cdp.send('Input.imeSetComposition', { text, selectionStart: i, selectionEnd: i });
  }
  await page.evaluate(() => {
    document.addEventListener('input', () => { (window as unknown as { __benchT0: number }).__benchT0 = performance.now(); }, { once: true, capture: true });
  });
  // Inserting text while composing commits the composition (compositionend), as choosing a candidate does.
  await cdp.send('Input.insertText', { text: SEARCH_QUERY });
  const ms = await timeUntil(page, SEARCH_PAINTED, SEARCH_QUERY);
  await context.close();
  return ms;
}

export async function runSession(browser: Browser, url: string, scrollTarget = 5000): Promise<SessionMetrics> {
  const { context, page } = await newVisit(browser);
  const networkQuiet = trackNetwork(page);
  let maxItems = 0;

  // First screen: bytes by kind, measured from the encoded (gzip) response sizes.
  const responses: { url: string; type: string; bytes: Promise<number> }[] = [];
  page.on('requestfinished', (request) => {
    responses.push({
      url: request.url(),
      type: request.resourceType(),
      // A request that finishes as the context closes has no sizes any more: not counted.
      bytes: request.sizes().then((s) => s.responseBodySize + s.responseHeadersSize, () => 0),
    });
  });
  await page.goto(url, { waitUntil: 'commit' });
  await page.evaluate(() => { (window as unknown as { __benchT0: number }).__benchT0 = 0; });
  const firstItemMs = await timeUntil(page, `(sel) => !!document.querySelector(sel)`, LIST_ITEM);
  await networkQuiet();
  let js = 0;
  let data = 0;
  let prefetched = 0;
  let prefetches = 0;
  for (const r of responses) {
    const bytes = await r.bytes;
    if (r.type === 'script' || r.url.endsWith('.js')) js += bytes;
    else if (/\/data\/lists\/(?!all\/)/.test(r.url)) {
      prefetched += bytes;
      prefetches++;
    } else if (r.url.includes('/data/')) data += bytes;
  }
  const firstScreenRequests = responses.length - prefetches;
  maxItems = Math.max(maxItems, await countItems(page));

  // Category switch: the first top-level category (the tree item after All).
  await markPage(page);
  const categorySwitchMs = await switchCategory(page, page.locator(TREE_ITEM).nth(1));
  maxItems = Math.max(maxItems, await countItems(page));
  await networkQuiet();

  // Open the first article of that list, clicked in the page like the other interactions;
  // done when its title is painted as the heading.
  await clickTimed(page.locator(LIST_ITEM).first());
  const openArticleMs = await timeUntil(page, `() => !!document.querySelector('article h1')`, null);
  await assertSamePage(page, 'opening an article');

  // Back to the list.
  await page.evaluate(() => {
    (window as unknown as { __benchT0: number }).__benchT0 = performance.now();
    history.back();
  });
  const backMs = await timeUntil(
    page,
    `(sel) => !location.pathname.includes('/articles/') && !!document.querySelector(sel)`,
    LIST_ITEM,
  );

  // As a person does: the pointer rests on the next item (the router preloads its route on
  // intent), then the click; back to the list afterwards.
  const second = page.locator(LIST_ITEM).nth(1);
  await second.hover();
  await networkQuiet();
  await clickTimed(second);
  const openAfterHoverMs = await timeUntil(page, `() => !!document.querySelector('article h1')`, null);
  await page.goBack();
  await page.waitForSelector(LIST_ITEM);
  await assertSamePage(page, 'opening an article after hover');

  const dateRangeChangeMs = (await changeDateRange(page, 'first') + await changeDateRange(page, 'busiest')) / 2;

  // Jump the All list to item `scrollTarget` (as dragging the scrollbar does): done when that
  // row shows its article, its list page fetched and painted.
  let scrollMs: number | null = null;
  await page.goto(url, { waitUntil: 'commit' });
  await page.waitForSelector(LIST_ITEM);
  const total = await page.evaluate(async () => {
    const res = await fetch(new URL('data/index.json', document.baseURI));
    return ((await res.json()) as { total: number }).total;
  });
  if (total > scrollTarget) {
    scrollMs = await page.evaluate(
      ({ sel, target }) =>
        new Promise<number>((resolve, reject) => {
          const list = document.querySelector<HTMLElement>('[role="list"][aria-label="文章列表"]')!;
          let scroller: HTMLElement | null = list;
          while (scroller && !/(auto|scroll)/.test(getComputedStyle(scroller).overflowY)) scroller = scroller.parentElement;
          const row = list.querySelector<HTMLElement>('[aria-posinset]')!;
          const t0 = performance.now();
          scroller!.scrollTop = (target - 1) * row.getBoundingClientRect().height;
          const deadline = t0 + 30_000;
          const check = () => {
            const hit = list.querySelector(`[aria-posinset="${target}"] ${sel.replace(/^\S+\s/, '')}`);
            if (hit) return requestAnimationFrame(() => resolve(performance.now() - t0));
            if (performance.now() > deadline) return reject(new Error('scroll timed out'));
            requestAnimationFrame(check);
          };
          check();
        }),
      { sel: LIST_ITEM, target: scrollTarget },
    );
    maxItems = Math.max(maxItems, await countItems(page));
  }

  // Search on a fresh page: type the query, time from the last keystroke to the first row
  // painted with a marked term; count the data bytes the query fetched.
  await page.goto(url, { waitUntil: 'commit' });
  await page.waitForSelector(LIST_ITEM);
  await networkQuiet();
  const box = page.getByRole('searchbox', { name: '搜索' });
  await box.click();
  const before = responses.length;
  await box.pressSequentially(SEARCH_QUERY.slice(0, -1));
  await page.evaluate(() => {
    document.addEventListener('input', () => { (window as unknown as { __benchT0: number }).__benchT0 = performance.now(); }, { once: true, capture: true });
  });
  await box.pressSequentially(SEARCH_QUERY.slice(-1));
  const searchMs = await timeUntil(page, SEARCH_PAINTED, SEARCH_QUERY);
  await networkQuiet();
  let searchBytes = 0;
  for (const r of responses.slice(before)) if (r.url.includes('/data/')) searchBytes += await r.bytes;
  maxItems = Math.max(maxItems, await countItems(page));

  // The first category switch again, on a fresh page, as a mouse makes it: the pointer rests
  // on the item (the router preloads its list on intent), then the click.
  await page.goto(url, { waitUntil: 'commit' });
  await page.waitForSelector(LIST_ITEM);
  await networkQuiet();
  await markPage(page);
  const hovered = page.locator(TREE_ITEM).nth(1);
  await hovered.hover();
  await networkQuiet();
  const categoryAfterHoverMs = await switchCategory(page, hovered);
  await assertSamePage(page, 'switching category after hover');
  maxItems = Math.max(maxItems, await countItems(page));

  const heapMb = await page.evaluate(() => {
    const m = (performance as unknown as { memory?: { usedJSHeapSize: number } }).memory;
    return m ? m.usedJSHeapSize / 1024 / 1024 : NaN;
  });
  await context.close();
  const searchImeMs = await imeSearch(browser, url);
  const { categoryColdMs, openColdMs } = await coldClicks(browser, url);
  return {
    firstItemMs,
    firstScreenJsBytes: js,
    firstScreenDataBytes: data,
    idlePrefetchBytes: prefetched,
    firstScreenRequests,
    categorySwitchMs,
    categoryAfterHoverMs,
    openArticleMs,
    openAfterHoverMs,
    backMs,
    dateRangeChangeMs,
    scrollMs,
    searchMs,
    searchBytes,
    searchImeMs,
    categoryColdMs,
    openColdMs,
    maxListItemsInDom: maxItems,
    heapMb,
  };
}
