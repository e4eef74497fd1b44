/**
 * The reader works from the keyboard alone: list → article → back, stars and read state, the
 * views, categories, the help overlay; and no key acts while the reader types in a field.
 */
import { expect, test } from '@playwright/test';
import { readIndex, readListItems } from './support/bundle.ts';
import { articleHeading, articleList, listTitle } from './support/reader-page.ts';

const rowLink = (page: import('@playwright/test').Page, id: string) => articleList(page).locator(`a[data-article-id="${id}"]`);

test('keyboard only: j/k pick a row, Enter opens, s stars, m marks unread, j reads on, u comes back to the row', async ({ page }) => {
  test.setTimeout(60_000);
  const items = readListItems();
  const [first, second, third] = items;
  await page.goto('/');
  await expect(listTitle(page)).toHaveText('全部');

  await page.keyboard.press('j');
  await expect(rowLink(page, first.id)).toBeFocused();
  await page.keyboard.press('j');
  await page.keyboard.press('j');
  await page.keyboard.press('k');
  await expect(rowLink(page, second.id)).toBeFocused();

  await page.keyboard.press('Enter');
  await expect(articleHeading(page)).toHaveText(second.title.trim());
  await expect(page.getByRole('button', { name: '标为未读', exact: true })).toBeVisible();

  await page.keyboard.press('s');
  await expect(page.getByRole('button', { name: '取消星标' })).toHaveAttribute('aria-pressed', 'true');
  await page.keyboard.press('m');
  await expect(page.getByRole('button', { name: '标为已读', exact: true })).toBeVisible();
  await expect(rowLink(page, second.id)).not.toContainText('（已读）');

  await page.keyboard.press('j');
  await expect(articleHeading(page)).toHaveText(third.title.trim());
  await expect(page).toHaveURL(new RegExp(`/articles/${third.id}$`));
  await page.keyboard.press('k');
  await expect(articleHeading(page)).toHaveText(second.title.trim());
  await page.keyboard.press('j');
  await expect(articleHeading(page)).toHaveText(third.title.trim());

  await page.keyboard.press('u');
  await expect(page).toHaveURL((url) => url.pathname === '/');
  await expect(articleHeading(page)).toHaveCount(0);
  await expect(rowLink(page, third.id)).toBeFocused();
  await expect(rowLink(page, third.id)).toContainText('（已读）');
  await expect(rowLink(page, second.id)).toContainText('已加星标：');

  // o opens the focused row, as Enter does.
  await page.keyboard.press('k');
  await expect(rowLink(page, second.id)).toBeFocused();
  await page.keyboard.press('o');
  await expect(articleHeading(page)).toHaveText(second.title.trim());

  // g s: the Starred view holds the starred article only; g a: back to All.
  await page.keyboard.press('g');
  await page.keyboard.press('s');
  await expect(listTitle(page)).toHaveText('已加星标');
  await expect(page).toHaveURL((url) => url.searchParams.get('starred') === '1');
  await expect(articleList(page).getByRole('listitem')).toHaveCount(1);
  await expect(articleList(page)).toContainText(second.title.trim());
  // The sidebar marks the Starred view as the page shown, not All.
  const sidebar = page.getByRole('navigation', { name: '分类导航' });
  const starredLink = sidebar.getByRole('link', { name: /^已加星标/ });
  const allItem = sidebar.getByRole('treeitem', { name: /^全部/ });
  await expect(starredLink).toHaveAttribute('aria-current', 'page');
  await expect(allItem).toHaveAttribute('aria-selected', 'false');
  await page.keyboard.press('g');
  await page.keyboard.press('a');
  await expect(listTitle(page)).toHaveText('全部');
  await expect(starredLink).not.toHaveAttribute('aria-current');
  await expect(allItem).toHaveAttribute('aria-selected', 'true');
});

test('keys do nothing while typing; [ and ] walk the categories in tree order; ? lists every key', async ({ page }) => {
  test.setTimeout(60_000);
  const [firstRoot] = readIndex().categories;
  await page.goto('/');
  await expect(listTitle(page)).toHaveText('全部');
  // Typing in a field (the custom date range) never triggers a key.
  await page.getByRole('button', { name: '日期', exact: true }).click();
  const from = page.getByLabel('开始日期');
  await from.click();
  await page.keyboard.type('j]?gs');
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await expect(listTitle(page)).toHaveText('全部');
  await expect(page).toHaveURL((url) => url.search === '');
  await from.blur();
  await page.keyboard.press(']');
  await expect(listTitle(page)).toHaveText(firstRoot.name);
  await page.keyboard.press(']');
  await expect(listTitle(page)).toHaveText(firstRoot.children[0]?.name ?? readIndex().categories[1].name);
  await page.keyboard.press('[');
  await page.keyboard.press('[');
  await expect(listTitle(page)).toHaveText('全部');

  await page.keyboard.press('?');
  const help = page.getByRole('dialog', { name: '键盘快捷键' });
  await expect(help).toBeVisible();
  for (const action of ['下一篇文章', '上一篇文章', '打开选中的文章', '返回列表', '加星标 / 取消星标', '标为已读 / 未读', '搜索', '上一个分类', '下一个分类', '转到全部文章', '转到已加星标', '显示这份快捷键说明']) {
    await expect(help.getByRole('cell', { name: action })).toBeVisible();
  }
  await expect(help.getByRole('rowheader', { name: 'g 然后 s' })).toBeVisible();
  // Keys belong to the dialog while it is open.
  await page.keyboard.press(']');
  await expect(listTitle(page)).toHaveText('全部');
  await page.keyboard.press('Escape');
  await expect(help).toBeHidden();
});
