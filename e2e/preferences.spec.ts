/**
 * Reading preferences (theme, text size, line width) apply at once and are remembered; the new
 * controls fit a 375 px phone.
 */
import { expect, test, type Locator } from '@playwright/test';
import { readListItems } from './support/bundle.ts';
import { articleHeading, listTitle } from './support/reader-page.ts';

/** A person clicks the option's label (the radio itself is visually hidden). */
async function choose(dialog: Locator, name: string) {
  await dialog.getByText(name, { exact: true }).click();
  await expect(dialog.getByRole('radio', { name })).toBeChecked();
}

test('theme, text size and line width apply at once and survive a reload', async ({ page }) => {
  const item = readListItems()[0];
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto(`/articles/${item.id}`);
  await expect(articleHeading(page)).toHaveText(item.title.trim());
  const html = page.locator('html');
  const body = page.locator('.article-body');
  const article = page.getByRole('article');
  await expect(html).not.toHaveClass(/\bdark\b/);
  const baseFont = parseFloat(await body.evaluate((el) => getComputedStyle(el).fontSize));
  const baseWidth = parseFloat(await article.evaluate((el) => getComputedStyle(el).maxWidth));

  await page.getByRole('button', { name: '阅读设置' }).click();
  const dialog = page.getByRole('dialog', { name: '阅读设置' });
  await expect(dialog.getByRole('radio', { name: '跟随系统' })).toBeChecked();
  await choose(dialog, '深色');
  await choose(dialog, '特大');
  await choose(dialog, '窄');
  await expect(html).toHaveClass(/\bdark\b/);
  await expect(page.locator('body')).toHaveCSS('background-color', /^oklch\(0\.141 /);
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();

  const check = async () => {
    await expect(html).toHaveClass(/\bdark\b/);
    expect(parseFloat(await body.evaluate((el) => getComputedStyle(el).fontSize))).toBeGreaterThan(baseFont * 1.2);
    expect(parseFloat(await article.evaluate((el) => getComputedStyle(el).maxWidth))).toBeLessThan(baseWidth);
  };
  await check();
  await page.reload();
  await expect(articleHeading(page)).toHaveText(item.title.trim());
  await check();

  // Light wins over a dark system; System follows it again.
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.getByRole('button', { name: '阅读设置' }).click();
  await choose(dialog, '浅色');
  await expect(html).not.toHaveClass(/\bdark\b/);
  await choose(dialog, '跟随系统');
  await expect(html).toHaveClass(/\bdark\b/);
});

test.describe('375 px phone', () => {
  test.use({ viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true });

  test('the header, the list controls and both dialogs fit the screen, in English too', async ({ page }) => {
    await page.goto('/');
    await expect(listTitle(page)).toHaveText('全部');
    const fits = async () => {
      for (const control of [
        page.getByRole('button', { name: '打开分类' }),
        page.getByRole('button', { name: '键盘快捷键' }),
        page.getByRole('button', { name: '阅读设置' }),
        page.getByRole('button', { name: '只看未读' }),
        page.getByRole('button', { name: '全部标为已读' }),
      ]) {
        const box = (await control.boundingBox())!;
        expect(box.x).toBeGreaterThanOrEqual(0);
        expect(box.x + box.width).toBeLessThanOrEqual(375);
      }
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    };
    await fits();

    for (const [button, dialog] of [['阅读设置', '阅读设置'], ['键盘快捷键', '键盘快捷键']] as const) {
      await page.getByRole('button', { name: button }).click();
      const box = (await page.getByRole('dialog', { name: dialog }).boundingBox())!;
      expect(box.x).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width).toBeLessThanOrEqual(375);
      await page.getByRole('dialog', { name: dialog }).getByRole('button', { name: '关闭' }).click();
    }

    await page.getByRole('button', { name: 'English' }).click();
    await expect(page.getByRole('button', { name: 'Mark all as read' })).toBeVisible();
    const box = (await page.getByRole('button', { name: 'Mark all as read' }).boundingBox())!;
    expect(box.x + box.width).toBeLessThanOrEqual(375);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
  });
});
