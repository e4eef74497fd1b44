/**
 * Read state and stars live in the browser, per archive: they survive a reload, drive the
 * unread counts, "unread only", Starred and "mark all as read", and move to a fresh browser
 * through an exported file. A bad file changes nothing and says why.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { largestNodeAtLevel, readIndex, readListItems } from './support/bundle.ts';
import { articleHeading, articleList, listCount, listTitle, parseCount, revealTreeItem } from './support/reader-page.ts';

const rowLink = (page: Page, id: string) => articleList(page).locator(`a[data-article-id="${id}"]`);

async function openSettings(page: Page) {
  await page.getByRole('button', { name: '阅读设置' }).click();
  return page.getByRole('dialog', { name: '阅读设置' });
}

test('read and starred state survives a reload, counts unread, and round-trips through export and import', async ({ page, browser }, testInfo) => {
  test.setTimeout(60_000);
  const { total } = readIndex();
  const items = readListItems();
  const [a, b] = items;
  await page.goto('/');
  await expect(listCount(page)).toHaveText(`${total} 篇`);

  await rowLink(page, a.id).click();
  await expect(articleHeading(page)).toHaveText(a.title.trim());
  await rowLink(page, b.id).click();
  await expect(articleHeading(page)).toHaveText(b.title.trim());
  await page.getByRole('button', { name: '加星标' }).click();
  await expect(page.getByRole('button', { name: '取消星标' })).toHaveAttribute('aria-pressed', 'true');

  const checkState = async (p: Page) => {
    await p.goto('/');
    await expect(rowLink(p, a.id)).toContainText('（已读）');
    await expect(rowLink(p, b.id)).toContainText('已加星标：');
    await expect(p.getByRole('treeitem', { name: /^全部/ })).toHaveAccessibleDescription(`${total - 2} 篇未读`);
    await expect(p.getByRole('link', { name: /^已加星标\s*1$/ })).toBeVisible();
  };
  await page.reload();
  await checkState(page);

  // Unread only: the two read articles leave the list, and the count says so.
  await page.getByRole('button', { name: '只看未读' }).click();
  await expect(page).toHaveURL((url) => url.searchParams.get('unread') === '1');
  await expect(page.getByRole('button', { name: '只看未读' })).toHaveAttribute('aria-pressed', 'true');
  await expect(listCount(page)).toHaveText(`${total - 2} 篇`);
  await expect(rowLink(page, a.id)).toHaveCount(0);
  await expect(rowLink(page, items[2].id)).toBeVisible();
  await page.getByRole('button', { name: '只看未读' }).click();
  await expect(rowLink(page, a.id)).toBeVisible();

  // Export to a file.
  const settings = await openSettings(page);
  const [download] = await Promise.all([page.waitForEvent('download'), settings.getByRole('button', { name: '导出阅读记录' }).click()]);
  expect(download.suggestedFilename()).toMatch(/^reader-library-.+-\d{4}-\d{2}-\d{2}\.json$/);
  const file = testInfo.outputPath('library.json');
  await download.saveAs(file);

  // A fresh browser knows nothing until the file is imported.
  const fresh = await browser.newContext({ baseURL: testInfo.project.use.baseURL, locale: 'zh-CN', timezoneId: 'Asia/Shanghai' });
  const other = await fresh.newPage();
  await other.goto('/');
  await expect(rowLink(other, a.id)).not.toContainText('（已读）');
  const otherSettings = await openSettings(other);

  // First a foreign file and a broken one: refused with the reason, nothing changes.
  const foreign = testInfo.outputPath('foreign.json');
  const parsed = JSON.parse(readFileSync(file, 'utf8')) as { archive: object; library: object };
  writeFileSync(foreign, JSON.stringify({ ...parsed, archive: { ...parsed.archive, title: '别的存档' } }));
  const broken = testInfo.outputPath('broken.json');
  writeFileSync(broken, JSON.stringify({ ...parsed, library: { ...parsed.library, read: { [a.id]: { c: null, d: 'yesterday' } } } }));
  const chooser = async (path: string) => {
    const [fileChooser] = await Promise.all([other.waitForEvent('filechooser'), otherSettings.getByRole('button', { name: '导入阅读记录' }).click()]);
    await fileChooser.setFiles(path);
  };
  await chooser(foreign);
  await expect(otherSettings.getByRole('alert')).toHaveText('无法导入“foreign.json”：它属于另一个存档“别的存档”。阅读记录没有任何改动。');
  await chooser(broken);
  await expect(otherSettings.getByRole('alert')).toHaveText(`无法导入“broken.json”：字段 library.read.${a.id}.d 的内容不对。阅读记录没有任何改动。`);
  await expect(otherSettings).toContainText('0 篇单独标记为已读，0 篇星标');

  await chooser(file);
  await expect(otherSettings.getByRole('status').last()).toHaveText('已导入“library.json”中的阅读记录');
  await other.keyboard.press('Escape');
  await checkState(other);
  await fresh.close();
});

test('mark all in a category as read: its unread count goes to 0, the archive’s drops by as many, unread only is empty', async ({ page }) => {
  const { total } = readIndex();
  const node = largestNodeAtLevel(2);
  await page.goto('/');
  await (await revealTreeItem(page, node.path)).click();
  await expect(listTitle(page)).toHaveText(node.name);
  await page.getByRole('button', { name: '全部标为已读' }).click();
  await expect(page.getByRole('button', { name: '全部标为已读' })).toBeDisabled();
  const item = page.getByRole('treeitem', { selected: true });
  await expect(item).toHaveAccessibleDescription('0 篇未读');
  await expect(page.getByRole('treeitem', { name: /^全部/ })).toHaveAccessibleDescription(`${total - node.count} 篇未读`);
  await expect(articleList(page).getByRole('link').first()).toContainText('（已读）');

  await page.getByRole('button', { name: '只看未读' }).click();
  await expect(page.getByText('这里的文章都读过了')).toBeVisible();

  // In All, unread only lists exactly the others: the first unread row is the first article outside the node.
  await page.getByRole('treeitem', { name: /^全部/ }).click();
  await expect(listCount(page)).toHaveText(`${total - node.count} 篇`);
  const keys = new Set(readListItems(node.key).map((i) => i.id));
  const firstOutside = readListItems().find((i) => !keys.has(i.id))!;
  await expect(articleList(page).getByRole('link').first()).toHaveAttribute('data-article-id', firstOutside.id);

  // Marking one unread again brings it back into the count after a reload.
  const one = readListItems(node.key)[0];
  await page.goto(`/articles/${one.id}`);
  await page.getByRole('button', { name: '标为未读', exact: true }).click();
  await page.goto('/?unread=1');
  expect(parseCount(await listCount(page).innerText())).toBe(total - node.count + 1);
});
