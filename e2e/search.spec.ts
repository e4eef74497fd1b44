/**
 * Issue 7: search. A query typed in the box lists the matching articles with the terms marked
 * and a count, the open article marks them too, the URL reproduces the view, and the query
 * combines with a category and a date range (the timeline and the sidebar count the matches).
 * Expected values come from the built bundle on disk: the text of every article, scanned here.
 */
import { expect, test, type Page } from '@playwright/test';
import { DomUtils, parseDocument } from 'htmlparser2';
import { encodeCategoryParam } from '../src/lib/category-param.ts';
import { readArticle, readListItems } from './support/bundle.ts';
import { articleHeading, articleList, categoryTree, listRegion } from './support/reader-page.ts';

const items = readListItems().map((item) => {
  const article = readArticle(item.id);
  const fold = (text: string) => text.normalize('NFKC').toLowerCase();
  return { ...item, path: article.categoryPath, titleText: fold(article.title), bodyText: fold(DomUtils.textContent(parseDocument(article.html))) };
});

/** A two-character Chinese query found in several titles; the newest such article also has it in its body. */
function pickQuery(): string {
  for (const item of items) {
    for (const run of item.titleText.match(/[\u4e00-\u9fff]{2,}/g) ?? []) {
      for (let i = 0; i + 2 <= run.length; i++) {
        const q = run.slice(i, i + 2);
        const inTitle = items.filter((a) => a.titleText.includes(q));
        const all = items.filter((a) => a.titleText.includes(q) || a.bodyText.includes(q));
        if (inTitle.length >= 2 && all.length >= 4 && all.length < items.length / 3 && inTitle[0].bodyText.includes(q)) return q;
      }
    }
  }
  throw new Error('no suitable query in the demo bundle');
}

const q = pickQuery();
const matches = items.filter((a) => a.titleText.includes(q) || a.bodyText.includes(q));
const ranked = [...matches.filter((a) => a.titleText.includes(q)), ...matches.filter((a) => !a.titleText.includes(q))];
const resultCount = (page: Page) => listRegion(page).getByText(/^[\d,]+ 条结果$/);
const searchBox = (page: Page) => page.getByRole('searchbox', { name: '搜索' });

test('search: type, see marked results and a count, open one, deep link, combine with category and dates', async ({ page, browser }, testInfo) => {
  test.slow(); // one long journey (two pages, a dozen views) instead of many short tests
  const searchRequests: string[] = [];
  page.on('request', (request) => {
    if (request.url().includes('/data/search/')) searchRequests.push(request.url());
  });
  await page.goto('/');
  await expect(articleList(page).getByRole('listitem').first()).toBeVisible();
  expect(searchRequests, 'the index is not fetched before a search').toEqual([]);

  // `/` focuses the box; the URL follows the query once typing settles.
  await page.keyboard.press('/');
  await expect(searchBox(page)).toBeFocused();
  await page.keyboard.type(q);
  await expect(resultCount(page)).toHaveText(`${matches.length} 条结果`);
  await expect(page).toHaveURL((url) => url.searchParams.get('q') === q);
  const firstRow = articleList(page).getByRole('listitem').first();
  await expect(firstRow.getByRole('heading')).toHaveText(ranked[0].title.trim());
  await expect(firstRow.getByRole('heading').locator('mark').first()).toHaveText(q);

  // The reading view marks the term in the title and the body.
  await firstRow.getByRole('link').click();
  await expect(articleHeading(page)).toHaveText(ranked[0].title.trim());
  await expect(articleHeading(page).locator('mark').first()).toHaveText(q);
  await expect(page.locator('.article-body mark').first()).toHaveText(q);
  expect(new URL(page.url()).searchParams.get('q')).toBe(q);
  // Next goes to the second result, not the next article of the archive.
  await page.getByRole('navigation', { name: '上一篇和下一篇' }).getByRole('link', { name: /下一篇/ }).click();
  await expect(articleHeading(page)).toHaveText(ranked[1].title.trim());

  // A deep link with a category reproduces the view in a fresh browser (nothing read there yet).
  const top = ranked[0].path[0];
  const inCategory = matches.filter((a) => a.path[0] === top);
  const freshContext = await browser.newContext({ baseURL: testInfo.project.use.baseURL, locale: 'zh-CN', timezoneId: 'Asia/Shanghai' });
  const fresh = await freshContext.newPage();
  await fresh.goto(`/?q=${encodeURIComponent(q)}&category=${encodeURIComponent(encodeCategoryParam([top]))}`);
  await expect(searchBox(fresh)).toHaveValue(q);
  await expect(resultCount(fresh)).toHaveText(`${inCategory.length} 条结果`);
  await expect(articleList(fresh).getByRole('listitem').first().getByRole('heading')).toHaveText(ranked[0].title.trim());

  // The timeline counts the matches of the category; its year bar narrows to that year, and the
  // sidebar counts each category's matches in that year.
  const year = ranked[0].day!.slice(0, 4);
  const inYear = inCategory.filter((a) => a.day?.startsWith(year));
  await fresh.getByRole('group', { name: '时间线' }).getByRole('button', { name: `${year}年：${inYear.length} 篇` }).click();
  await expect(fresh).toHaveURL((url) => url.searchParams.get('from') === `${year}-01-01` && url.searchParams.get('q') === q);
  await expect(resultCount(fresh)).toHaveText(`${inYear.length} 条结果`);
  const topInYear = matches.filter((a) => a.path[0] === top && a.day?.startsWith(year)).length;
  await expect(categoryTree(fresh).getByRole('treeitem', { name: new RegExp(`^${top}\\s*${topInYear}$`) })).toBeVisible();

  // Nothing found: the empty state offers to widen the search.
  await searchBox(fresh).fill(`${q}不存在的词组合`);
  await expect(fresh.getByText(/没有找到包含/)).toBeVisible();
  await fresh.getByRole('button', { name: '清除搜索' }).click();
  await expect(fresh).toHaveURL((url) => !url.searchParams.has('q'));
  await expect(searchBox(fresh)).toHaveValue('');
  await freshContext.close();
});

test('search survives hostile queries: one character, punctuation, regex, emoji, HTML, 1,000 characters', async ({ page }) => {
  test.slow(); // seven queries in one page
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('dialog', (dialog) => {
    errors.push(`dialog: ${dialog.message()}`);
    void dialog.dismiss();
  });
  // Consecutive cases expect different messages, so a stale one cannot pass for the next.
  const cases: [string, RegExp][] = [
    ['中', /请至少输入两个汉字/],
    ['。，！？', /只有标点或符号/],
    ['<img src=x onerror=alert(1)>', /^没有找到包含“<img src=x onerror=alert\(1\)>”的文章$/],
    ['.*+?^${}()|[]\\', /只有标点或符号/],
    ['中文'.repeat(500), /查询太长/],
    ['🚀🎉', /只有标点或符号/],
  ];
  await page.goto('/');
  for (const [query, expected] of cases) {
    await searchBox(page).fill(query);
    await expect(page).toHaveURL((url) => url.searchParams.get('q') === query);
    await expect(listRegion(page).getByText(expected).first()).toBeVisible();
  }
  // The same view from a link typed into the address bar.
  await page.goto(`/?q=${encodeURIComponent('中文'.repeat(500))}`);
  await expect(listRegion(page).getByText(/查询太长/)).toBeVisible();
  expect(errors).toEqual([]);
});

test('Traditional and Simplified find each other, marked as written (the demo has posts in both scripts)', async ({ page }) => {
  // Independent of the app's tables: both written forms of the word, scanned in the bundle's text.
  const forms = ['医生', '醫生'];
  const expected = items.filter((a) => forms.some((form) => a.titleText.includes(form) || a.bodyText.includes(form)));
  expect(expected.length).toBeGreaterThanOrEqual(2);
  const traditionalTitle = '換季時節流感增加　醫生提醒長者盡早接種疫苗';
  for (const query of forms) {
    await page.goto(`/?q=${encodeURIComponent(query)}`);
    // A cold page load: the app, the search code and the index's files (slow on a busy machine).
    await expect(resultCount(page)).toHaveText(`${expected.length} 条结果`, { timeout: 15_000 });
    const row = articleList(page).getByRole('listitem').filter({ hasText: traditionalTitle });
    await expect(row.getByRole('heading').locator('mark')).toHaveText('醫生');
    await expect(articleList(page).getByRole('listitem').filter({ hasText: '社区医生' }).getByRole('heading').locator('mark')).toHaveText('医生');
  }
  // 台湾 finds 臺灣 and 台灣.
  await page.goto(`/?q=${encodeURIComponent('台湾')}`);
  await expect(resultCount(page)).toBeVisible({ timeout: 15_000 });
  const rail = articleList(page).getByRole('listitem').filter({ hasText: '臺灣高鐵增開夜間班次' });
  await expect(rail.getByRole('heading').locator('mark')).toHaveText('臺灣');
  await rail.getByRole('link').click();
  await expect(page.locator('.article-body mark')).toHaveText(['台灣', '臺灣']);
});

test('the query language: phrase, exclusion, OR, title:, and bad syntax read the most useful way and said', async ({ page }) => {
  // Independent reference: the bundle's text of every article, scanned here.
  const has = (a: (typeof items)[number], word: string) => a.titleText.includes(word) || a.bodyText.includes(word);
  const doctor = (a: (typeof items)[number]) => has(a, '医生') || has(a, '醫生');
  const count = async (query: string, expected: number) => {
    await page.goto(`/?q=${encodeURIComponent(query)}`);
    // A cold page load: the app, the search code and the index's files (slow on a busy machine).
    await expect(resultCount(page)).toHaveText(`${expected} 条结果`, { timeout: 15_000 });
  };
  await count('医生 -社区', items.filter((a) => doctor(a) && !has(a, '社区') && !has(a, '社區')).length);
  await count('title:医生', items.filter((a) => a.titleText.includes('医生') || a.titleText.includes('醫生')).length);
  await count('医生 OR 高铁', items.filter((a) => doctor(a) || has(a, '高铁') || has(a, '高鐵')).length);
  await count('"夜間班次"', items.filter((a) => has(a, '夜間班次') || has(a, '夜间班次')).length);

  // An unclosed quote is read as a phrase to the end, and the page says so.
  await searchBox(page).fill('"夜間班次');
  await expect(listRegion(page).getByText('引号没有闭合，其后的文字当作一个短语 · 按此理解："夜間班次"')).toBeVisible();
  await expect(resultCount(page)).toHaveText(`${items.filter((a) => has(a, '夜間班次')).length} 条结果`);
  // Only exclusions: every article without them.
  await searchBox(page).fill('-医生');
  await expect(listRegion(page).getByText(/只有排除词/)).toBeVisible();
  await expect(resultCount(page)).toHaveText(`${items.filter((a) => !doctor(a)).length} 条结果`);

  // Relevance, beside the count: the URL keeps it; the best answers (the word in the title) come first.
  await page.goto(`/?q=${encodeURIComponent('医生')}`);
  await expect(resultCount(page)).toBeVisible({ timeout: 15_000 });
  await listRegion(page).getByRole('combobox', { name: '结果排序' }).selectOption('relevance');
  await expect(page).toHaveURL((url) => url.searchParams.get('sort') === 'relevance' && url.searchParams.get('q') === '医生');
  await expect(articleList(page).getByRole('listitem').first().getByRole('heading').locator('mark')).toHaveText(/医生|醫生/);

  // The syntax is in the help dialog.
  await page.locator('body').click();
  await page.keyboard.press('Escape');
  await page.keyboard.press('?');
  const dialog = page.getByRole('dialog');
  await expect(dialog.getByRole('heading', { name: '搜索语法' })).toBeVisible();
  await expect(dialog.getByText('title:医生')).toBeVisible();
});
