/**
 * The "bad input" part of a reading session on the stress archive (scripts/archive/stress.ts):
 * expand the source whose 2,000 feeds are siblings, open one of them, open the 20,000-post feed,
 * then open the 5 MB post from its feed's list and jump to its end. Clicks in the sidebar as a
 * person would; times are taken in the page, to the next painted frame.
 */
import type { Browser, Page } from '@playwright/test';
import { LIST_ITEM } from './browser-session.ts';

export interface StressPlan {
  /** Category names of the big feed, top level first. */
  folder: string[];
  /** Category names of the source whose children are the wide level. */
  wide: string[];
  /** Name of the sibling to open (one in the middle of the 2,000). */
  sibling: string;
  /** Category names of the feed holding only the huge post. */
  huge: string[];
}

export interface StressMetrics {
  /** Click on the disclosure of the wide source to all its children painted in the sidebar. */
  expandWideMs: number;
  /** Click on one of the 2,000 siblings to its list painted. */
  siblingSwitchMs: number;
  /** Click on the 20,000-post feed to its list painted. */
  bigFolderSwitchMs: number;
  /** Click on the huge post in its list to the start of its body painted. */
  openHugeMs: number;
  /** Jump to the end of the huge article to that end painted. */
  hugeScrollMs: number;
  /** Characters of the huge article's body text in the DOM. */
  hugeTextChars: number;
}

const treeItem = (page: Page, name: string) => page.locator(`[role="treeitem"][title="${name}"]`);
const disclosure = (page: Page, name: string) =>
  page.locator('li[role="none"]', { has: treeItem(page, name) }).last().locator('[data-disclosure]').first();

/** Starts the clock in the page, then runs `act` there; resolves with ms to `done` holding + a frame. */
async function timed(page: Page, act: string, done: string, arg: unknown = null, timeoutMs = 30_000): Promise<number> {
  return page.evaluate(
    ({ act, done, arg, timeoutMs }) =>
      new Promise<number>((resolve, reject) => {
        // eslint-disable-next-line @typescript-eslint/no-implied-eval -- the check is sent to the page as text: page.evaluate cannot carry a closure
        const run = new Function('arg', `return (${act})(arg)`) as (a: unknown) => void;
        // eslint-disable-next-line @typescript-eslint/no-implied-eval -- the check is sent to the page as text: page.evaluate cannot carry a closure
        const test = new Function('arg', `return (${done})(arg)`) as (a: unknown) => boolean;
        const t0 = performance.now();
        run(arg);
        const check = () => {
          if (test(arg)) return requestAnimationFrame(() => resolve(performance.now() - t0));
          if (performance.now() - t0 > timeoutMs) return reject(new Error(`timed out waiting for ${done}`));
          requestAnimationFrame(check);
        };
        check();
      }),
    { act, done, arg, timeoutMs },
  );
}

/** Clicks tree item `name` and times until the list shows `count` rows under a new first item. */
async function switchTo(page: Page, name: string): Promise<number> {
  const item = treeItem(page, name);
  const count = Number((await item.locator('span').nth(1).textContent())?.replace(/[^\d]/g, ''));
  const before = await page.locator(LIST_ITEM).first().getAttribute('href');
  return timed(
    page,
    `(a) => document.querySelector('[role="treeitem"][title="' + a.name + '"]').click()`,
    `(a) => { const row = document.querySelector('[role="listitem"][aria-posinset="1"]'); const link = row && row.querySelector('a[href*="/articles/"]'); return !!link && link.getAttribute('href') !== a.before && row.getAttribute('aria-setsize') === String(a.count); }`,
    { name, before, count },
  );
}

/** Expands the tree down to (not including) the last name of `path`, by the disclosures. */
async function reveal(page: Page, path: string[]) {
  for (const name of path.slice(0, -1)) {
    if ((await treeItem(page, name).getAttribute('aria-expanded')) === 'false') await disclosure(page, name).click();
  }
  await treeItem(page, path[path.length - 1]).waitFor();
}

export async function runStressSession(browser: Browser, url: string, plan: StressPlan): Promise<StressMetrics> {
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 }, locale: 'zh-CN', timezoneId: 'Asia/Shanghai' });
  await context.addInitScript('window.__name = (fn) => fn;');
  const page = await context.newPage();
  try {
    await page.goto(url);
    await page.waitForSelector(LIST_ITEM);

    // The wide level: open its category, then time the source's 2,000 children appearing.
    await reveal(page, plan.wide);
    const wideSource = plan.wide[plan.wide.length - 1];
    await disclosure(page, wideSource).evaluate((el) => el.setAttribute('data-bench-target', ''));
    const expandWideMs = await timed(
      page,
      `() => document.querySelector('[data-bench-target]').click()`,
      `(a) => !!document.querySelector('[role="treeitem"][title="' + a.sibling + '"]')`,
      { sibling: plan.sibling },
    );
    const siblingSwitchMs = await switchTo(page, plan.sibling);

    await reveal(page, plan.folder);
    const bigFolderSwitchMs = await switchTo(page, plan.folder[plan.folder.length - 1]);

    await reveal(page, plan.huge);
    await switchTo(page, plan.huge[plan.huge.length - 1]);
    const openHugeMs = await timed(
      page,
      `(sel) => document.querySelector(sel).click()`,
      `() => !!document.querySelector('article h1') && !!document.querySelector('article p')`,
      LIST_ITEM,
    );
    const hugeScrollMs = await timed(
      page,
      `() => { const el = document.scrollingElement; let s = document.querySelector('article'); while (s && !/(auto|scroll)/.test(getComputedStyle(s).overflowY)) s = s.parentElement; (s || el).scrollTop = 1e9; window.__benchScroller = s || el; }`,
      `() => { const s = window.__benchScroller; return s.scrollTop > 0 && s.scrollTop + s.clientHeight >= s.scrollHeight - 2; }`,
    );
    const hugeTextChars = await page.evaluate(() => document.querySelector('article')?.textContent?.length ?? 0);
    return { expandWideMs, siblingSwitchMs, bigFolderSwitchMs, openHugeMs, hugeScrollMs, hugeTextChars };
  } finally {
    await context.close();
  }
}
