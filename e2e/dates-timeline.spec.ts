/**
 * Issue 4: the timeline and the sidebar's counts. The bars count what the list holds, clicking
 * a bar filters to its period (years → months → days), and under a date range every count in
 * the sidebar is what that category would list in that range.
 */
import { expect, test, type Page } from '@playwright/test';
import { largestNodeAtLevel, readIndex, readListItems } from './support/bundle.ts';
import { listCount, parseCount, revealTreeItem, scrollListToEnd, treeItemName } from './support/reader-page.ts';

const index = readIndex();
const node = largestNodeAtLevel(1);
const nodeItems = readListItems(node.key);
const timeline = (page: Page) => page.getByRole('group', { name: '时间线' });
const bars = (page: Page) => timeline(page).getByRole('button');
const countIn = (label: string) => parseCount(label.split('：')[1]);

/** The year and month of the category with the most articles. */
function busiest(items: typeof nodeItems, cut: number): string {
  const per = new Map<string, number>();
  for (const item of items) if (item.day) per.set(item.day.slice(0, cut), (per.get(item.day.slice(0, cut)) ?? 0) + 1);
  return [...per].sort((a, b) => b[1] - a[1])[0][0];
}

test('clicking year then month bars filters the category list, and every count agrees', async ({ page }) => {
  await page.goto('/');
  await (await revealTreeItem(page, node.path)).click();
  await expect(listCount(page)).toHaveText(`${node.count} 篇`);

  // Years: the bars and the undated bucket add up to the category's count.
  // The bars come from the category's own days file, which may land after the list's count.
  const yearTotal = async () =>
    (await bars(page).evaluateAll((els) => els.map((el) => el.getAttribute('title')!))).reduce((sum, label) => sum + countIn(label), 0);
  await expect.poll(yearTotal).toBe(node.count);

  const year = busiest(nodeItems, 4);
  const yearCount = nodeItems.filter((a) => a.day?.startsWith(year)).length;
  await timeline(page).getByRole('button', { name: `${year}年：${yearCount} 篇` }).click();
  await expect(listCount(page)).toHaveText(`${yearCount} 篇`);
  await expect(bars(page)).toHaveCount(12 + (nodeItems.some((a) => a.day === null) ? 1 : 0));

  const month = busiest(nodeItems.filter((a) => a.day?.startsWith(year)), 7);
  const monthItems = nodeItems.filter((a) => a.day?.startsWith(month));
  const monthBar = timeline(page).getByRole('button', { name: `${year}年${Number(month.slice(5))}月：${monthItems.length} 篇` });
  await monthBar.click();
  const url = new URL(page.url());
  expect(url.searchParams.get('category')).toBe(node.path.join('/'));
  expect(url.searchParams.get('from')).toBe(`${month}-01`);

  // Days of the month now: their bars add up to the list's count.
  await expect(bars(page).first()).toHaveAccessibleName(new RegExp(`^${year}年${Number(month.slice(5))}月1日：`));
  const dayTotal = async () =>
    (await bars(page).evaluateAll((els) => els.map((el) => el.getAttribute('title')!)))
      .filter((label) => label.includes('日：'))
      .reduce((sum, label) => sum + countIn(label), 0);
  await expect.poll(dayTotal).toBe(monthItems.length);

  // The header, the sidebar's selected category and the list agree with the bar.
  await expect(listCount(page)).toHaveText(`${monthItems.length} 篇`);
  await expect(page.getByRole('treeitem', { selected: true })).toHaveAccessibleName(treeItemName(node.name));
  await expect
    .poll(async () => parseCount((await page.getByRole('treeitem', { selected: true }).textContent())!.slice(node.name.length)))
    .toBe(monthItems.length);
  // "All" counts the whole archive's articles of that month.
  const allInMonth = index.days.filter(([day]) => day.startsWith(month)).reduce((sum, [, n]) => sum + n, 0);
  await expect(page.getByRole('treeitem', { name: treeItemName('全部') })).toHaveAccessibleName(`全部 ${allInMonth}`);
  expect((await scrollListToEnd(page)).ids).toEqual(monthItems.map((a) => a.id));
});

test('the timeline is usable by keyboard: arrows move between bars, Enter filters', async ({ page }) => {
  await page.goto('/');
  const first = bars(page).first();
  await first.focus();
  await page.keyboard.press('ArrowRight');
  const second = bars(page).nth(1);
  await expect(second).toBeFocused();
  const label = (await second.getAttribute('aria-label'))!;
  await page.keyboard.press('Enter');
  await expect(listCount(page)).toHaveText(`${countIn(label)} 篇`);
  await expect(page.getByRole('navigation', { name: '时间线' })).toContainText(label.split('：')[0]);
});

test('picking another category keeps the date range, and the counts follow it', async ({ page }) => {
  const month = busiest(readListItems(), 7);
  await page.goto(`/?from=${month}-01&to=${month}-31`.replace(/-31$/, `-${new Date(Date.UTC(Number(month.slice(0, 4)), Number(month.slice(5)), 0)).getUTCDate()}`));
  const item = await revealTreeItem(page, node.path);
  // The sidebar's counts under a date range come from the facets file, loaded on demand.
  const shown = nodeItems.filter((a) => a.day?.startsWith(month)).length;
  await expect.poll(async () => parseCount((await item.textContent())!.slice(node.name.length))).toBe(shown);
  await item.click();
  await expect(listCount(page)).toHaveText(`${shown} 篇`);
  expect(new URL(page.url()).searchParams.get('from')).toBe(`${month}-01`);
});
