/**
 * axe-core finds no violation on the list, the reader, an empty view, a not-found view and the
 * help overlay, in the light and the dark theme; the page has its landmarks.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { readListItems } from './support/bundle.ts';
import { articleHeading, listTitle } from './support/reader-page.ts';

async function expectNoViolations(page: Page, view: string) {
  // Every rule (WCAG 2.x A/AA and best practices).
  const { violations } = await new AxeBuilder({ page }).analyze();
  const found = violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(' | ')}`);
  expect(found, `axe violations on the ${view}`).toEqual([]);
}

for (const scheme of ['light', 'dark'] as const) {
  test(`no axe violations on list, reader, empty, not-found and help views (${scheme})`, async ({ page }) => {
    test.setTimeout(90_000);
    await page.emulateMedia({ colorScheme: scheme });
    const item = readListItems()[0];

    await page.goto('/');
    await expect(listTitle(page)).toHaveText('全部');
    await expect(page.locator('html')).toHaveClass(scheme === 'dark' ? /\bdark\b/ : /^(?!.*\bdark\b)/);
    await expect(page.getByRole('banner')).toBeVisible();
    await expect(page.getByRole('navigation', { name: '分类导航' })).toBeVisible();
    await expect(page.getByRole('main')).toBeVisible();
    // One h1 per view: the list's name, or beside an open article, the article's title.
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('全部');
    await expectNoViolations(page, 'list');

    await page.goto(`/articles/${item.id}`);
    await expect(articleHeading(page)).toHaveText(item.title.trim());
    await expect(page.getByRole('article')).toBeVisible();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(item.title.trim());
    await expectNoViolations(page, 'reader');

    await page.goto('/?starred=1');
    await expect(page.getByText('还没有加星标的文章')).toBeVisible();
    await expectNoViolations(page, 'empty Starred view');

    await page.goto('/no/such/page');
    await expect(page.getByRole('heading', { name: '页面不存在' })).toBeVisible();
    await expectNoViolations(page, 'not-found view');

    await page.goto('/');
    await expect(listTitle(page)).toHaveText('全部');
    await page.keyboard.press('?');
    await expect(page.getByRole('dialog', { name: '键盘快捷键' })).toBeVisible();
    await expectNoViolations(page, 'help overlay');
  });
}
