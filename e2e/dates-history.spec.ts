/**
 * Historical dates: a feed of prize winners dates a post 1936, an "on this day" column 1969.
 * They are real dates, kept as such, and the timeline draws the decades between them and the
 * recent news as one gap mark instead of squashing the recent years into slivers.
 */
import { expect, test, type Page } from '@playwright/test';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { buildAlternateSite, type AlternateSite } from './support/alternate-site.ts';
import { listCount } from './support/reader-page.ts';

const POSTS: [file: string, title: string, date: string][] = [
  ['fields-1936.md', '1936年菲尔兹奖得主：阿尔福斯与道格拉斯', 'Thu, 31 Dec 1936 00:00:00 GMT'],
  ['moon-1969.md', '历史上的今天：阿波罗11号登月', '1969-07-20 20:17:40'],
  ...[2019, 2020, 2021, 2022, 2023, 2024, 2025].map((year): [string, string, string] => [`news-${year}.md`, `${year} 年的新闻`, `${year}-06-01 10:00:00`]),
];

let site: AlternateSite;

test.beforeAll(async () => {
  test.setTimeout(120_000);
  site = await buildAlternateSite('history', (dir) => {
    for (const [file, title, date] of POSTS) {
      writeFileSync(path.join(dir, file), `---\ntitle: ${title}\ndate: ${date}\ncategories:\n - 历史\n---\n<p>${title}。</p>\n`);
    }
  });
});

test.afterAll(async () => {
  await site?.close();
});

const timeline = (page: Page) => page.getByRole('group', { name: '时间线' });

test('dates before 1970 are kept as dates, not as undated articles', () => {
  for (const [file, , ] of POSTS) {
    const entry = site.report.files.find((item) => item.path === file)!;
    expect(entry, file).toMatchObject({ status: 'ok', messages: [] });
    expect(entry.date, file).not.toBeNull();
  }
  expect(site.report.files.find((item) => item.path === 'fields-1936.md')!.date).toBe('1936-12-31T00:00:00.000Z');
});

test('the timeline shows the old years, one gap mark for the empty decades, and recent years at a usable width', async ({ page }) => {
  await page.goto(site.url);
  await expect(listCount(page)).toHaveText(`${POSTS.length} 篇`);
  await expect(timeline(page).getByRole('img', { name: '1970–2018 年：没有文章' })).toBeVisible();
  await expect(timeline(page).getByRole('img', { name: '1937–1968 年：没有文章' })).toBeVisible();
  for (const year of [2019, 2025]) {
    const box = (await timeline(page).getByRole('button', { name: `${year}年：1 篇` }).boundingBox())!;
    expect(box.width, `the ${year} bar's width`).toBeGreaterThanOrEqual(24);
  }

  await timeline(page).getByRole('button', { name: '1936年：1 篇' }).click();
  await expect(listCount(page)).toHaveText('1 篇');
  await expect(page.getByRole('list', { name: '文章列表' }).getByRole('link')).toHaveText([/1936年菲尔兹奖得主/]);
  expect(new URL(page.url()).searchParams.get('from')).toBe('1936-01-01');
});
