/**
 * How a person finds things on the reader's page, by role and accessible name (Chinese UI,
 * the default). The virtual list only holds the rows in view, so reading it means scrolling.
 */
import { expect, type Locator, type Page } from '@playwright/test';

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A tree item reads as its name followed by its article count. */
export const treeItemName = (name: string) => new RegExp(`^${escapeRegExp(name)}\\s*[\\d,]+$`);

export const categoryTree = (page: Page) => page.getByRole('tree', { name: '分类' });
export const listRegion = (page: Page) => page.getByRole('region', { name: '文章列表' });
export const articleList = (page: Page) => page.getByRole('list', { name: '文章列表' });
/** The list's name: the page's h1, or an h2 beside an open article (whose title is the h1). */
export const listTitle = (page: Page) => listRegion(page).getByRole('heading').first();
/** The header's "N 篇". */
export const listCount = (page: Page) => listRegion(page).getByText(/^[\d,]+ 篇$/);
export const articleHeading = (page: Page) => page.getByRole('article').getByRole('heading', { level: 1 });

export const parseCount = (text: string) => Number(text.replace(/[^\d]/g, ''));

/** `/articles/<id>?…` → `<id>`. */
function idFromHref(href: string): string {
  const match = /^\/articles\/([^/?#]+)/.exec(new URL(href, 'http://reader.test').pathname);
  if (!match) throw new Error(`not an article link: ${href}`);
  return match[1];
}

/**
 * The tree item of a name path, expanding its ancestors (Right on the focused item) when
 * they are collapsed. Each level is looked up among its parent's children only, so equal
 * names elsewhere in the tree (many feeds are called 首页) never match.
 */
export async function revealTreeItem(page: Page, namePath: readonly string[]): Promise<Locator> {
  let level: Locator = categoryTree(page);
  for (let depth = 1; ; depth++) {
    const name = namePath[depth - 1];
    const item = page.getByRole('treeitem', { name: treeItemName(name), level: depth });
    const row = level.locator(':scope > li').filter({ has: item });
    if (depth === namePath.length) return row.getByRole('treeitem', { level: depth });
    if ((await row.getByRole('treeitem', { level: depth }).getAttribute('aria-expanded')) === 'false') {
      // From the keyboard, as the tree pattern has it: focus the item, Right expands it.
      await row.getByRole('treeitem', { level: depth }).focus();
      await page.keyboard.press('ArrowRight');
    }
    level = row.locator(':scope > [role="group"]');
    await expect(level).toBeVisible();
  }
}

export interface ScrolledList {
  /** Article ids in list order, from the links of the rows. */
  ids: string[];
  /** The most list items the DOM held at any point of the scroll. */
  maxRows: number;
}

/** How long one screen of rows may take to show its articles. */
const ROWS_TIMEOUT_MS = 5000;

/**
 * Scrolls the article list from its current place to the end, one screen at a time, waiting
 * at each stop until every row in view shows its article (not a loading placeholder). Runs in
 * the page, one frame at a time, so a long list costs no round trip per screen.
 */
export async function scrollListToEnd(page: Page): Promise<ScrolledList> {
  const list = articleList(page);
  await expect(list.getByRole('listitem').first().getByRole('link')).toBeVisible();
  const seen = await list.evaluate(async (el, timeoutMs) => {
    const scroller = el.parentElement!;
    const firstRow = el.querySelector<HTMLElement>('[role="listitem"]')!;
    const total = Number(firstRow.getAttribute('aria-setsize'));
    const rowHeight = firstRow.offsetHeight;
    const hrefs: Record<number, string> = {};
    let maxRows = 0;
    for (;;) {
      const top = scroller.scrollTop;
      const height = scroller.clientHeight;
      const first = Math.floor(top / rowHeight) + 1;
      const last = Math.min(total, Math.ceil((top + height) / rowHeight));
      const deadline = performance.now() + timeoutMs;
      for (let pos = first; pos <= last; pos++) {
        while (!el.querySelector(`[role="listitem"][aria-posinset="${pos}"] a[href]`)) {
          if (performance.now() > deadline) throw new Error(`list row ${pos} never showed its article`);
          await new Promise(requestAnimationFrame);
        }
      }
      const rows = el.querySelectorAll('[role="listitem"]');
      maxRows = Math.max(maxRows, rows.length);
      rows.forEach((row) => {
        const href = row.querySelector('a[href]')?.getAttribute('href');
        if (href) hrefs[Number(row.getAttribute('aria-posinset'))] = href;
      });
      if (top + height >= scroller.scrollHeight - 1) return { total, hrefs, maxRows };
      scroller.scrollTo({ top: top + height });
    }
  }, ROWS_TIMEOUT_MS);
  const ids: string[] = [];
  for (let pos = 1; pos <= seen.total; pos++) {
    const href = seen.hrefs[pos];
    if (href) ids.push(idFromHref(href));
  }
  return { ids, maxRows: seen.maxRows };
}

/** Scrolls the list so that row `position` (1-based) is the first one fully in view. */
export async function scrollListToRow(page: Page, position: number): Promise<void> {
  await articleList(page).evaluate((el, pos) => {
    const row = el.querySelector<HTMLElement>('[role="listitem"]')!;
    el.parentElement!.scrollTo({ top: (pos - 1) * row.offsetHeight });
  }, position);
  await expect(articleList(page).locator(`[role="listitem"][aria-posinset="${position}"] a[href]`)).toBeVisible();
}

/** The first list row whose top is in view: its position and article id. */
export async function firstVisibleRow(page: Page): Promise<{ position: number; id: string }> {
  const row = await articleList(page).evaluate((el) => {
    const top = el.parentElement!.getBoundingClientRect().top;
    const rows = [...el.querySelectorAll<HTMLElement>('[role="listitem"]')]
      .filter((item) => item.getBoundingClientRect().top >= top - 1)
      .sort((a, b) => a.getBoundingClientRect().top - b.getBoundingClientRect().top);
    const first = rows[0];
    return { position: Number(first?.getAttribute('aria-posinset')), href: first?.querySelector('a[href]')?.getAttribute('href') ?? '' };
  });
  return { position: row.position, id: idFromHref(row.href) };
}

/**
 * The reader asks to save data (the Save-Data setting, `navigator.connection.saveData`): the
 * page then fetches nothing ahead at idle (src/lib/prefetch-in-view.ts), only on intent.
 */
export const turnOnSaveData = (page: Page) =>
  page.addInitScript(() => {
    Object.defineProperty(navigator, 'connection', { configurable: true, value: { saveData: true, effectiveType: '4g' } });
  });
