/**
 * The Content-Security-Policy shipped in index.html: strict enough that injected markup cannot
 * run or load code, and the app still works under it, with no violation across a browsing
 * session, also when built for a sub-path (BASE_PATH).
 */
import { expect, test, type Page } from '@playwright/test';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { startStaticServer } from '../scripts/serve-static.ts';
import { articleUrl, readListItems } from './support/bundle.ts';
import { articleHeading, articleList, listTitle } from './support/reader-page.ts';

/** Collects `securitypolicyviolation` events of every document the page loads. */
async function recordViolations(page: Page): Promise<() => Promise<string[]>> {
  await page.addInitScript(() => {
    const seen: string[] = [];
    Object.defineProperty(window, '__cspViolations', { value: seen });
    document.addEventListener('securitypolicyviolation', (event) => {
      seen.push(`${event.effectiveDirective} blocked ${event.blockedURI || '(inline)'}`);
    });
  });
  return () => page.evaluate(() => [...((window as unknown as { __cspViolations?: string[] }).__cspViolations ?? [])]);
}

const directivesOf = (policy: string) =>
  Object.fromEntries(policy.split(';').map((d) => d.trim().split(/\s+/)).filter((d) => d[0]).map(([name, ...sources]) => [name, sources]));

test('index.html carries the policy: no inline script, no plugins, frames, forms or <base>; remote images allowed', async ({ page }) => {
  await page.goto('/');
  const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  expect(directivesOf(policy!)).toEqual({
    'default-src': ["'self'"],
    'script-src': ["'self'"],
    'style-src': ["'self'"],
    'img-src': ["'self'", 'https:', 'http:'],
    'media-src': ["'self'", 'https:', 'http:'],
    'font-src': ["'self'"],
    'connect-src': ["'self'"],
    'object-src': ["'none'"],
    'base-uri': ["'none'"],
    'form-action': ["'none'"],
    'frame-src': ["'none'"],
    'worker-src': ["'self'"],
    'manifest-src': ["'self'"],
  });
  // No inline script left in the page that the policy would block.
  expect(await page.locator('script:not([src])').count()).toBe(0);
});

test('the policy is enforced: injected inline script, handlers, frames and plugins do nothing', async ({ page }) => {
  const violations = await recordViolations(page);
  await page.goto('/');
  await expect(listTitle(page)).toHaveText('全部');
  const ran = await page.evaluate(async () => {
    const w = window as unknown as { __ran?: string[] };
    w.__ran = [];
    const script = document.createElement('script');
    script.textContent = "window.__ran.push('inline script')";
    document.body.append(script);
    const img = document.createElement('img');
    img.setAttribute('onerror', "window.__ran.push('handler')");
    img.src = '/missing.png';
    document.body.append(img);
    const frame = document.createElement('iframe');
    frame.src = '/';
    document.body.append(frame);
    await new Promise((done) => setTimeout(done, 300));
    return w.__ran;
  });
  expect(ran).toEqual([]);
  expect(await violations()).toEqual(
    expect.arrayContaining(['script-src-elem blocked inline', 'script-src-attr blocked inline', expect.stringMatching(/^frame-src blocked /)]),
  );
});

test('a browsing session runs under the policy without a single violation', async ({ page }) => {
  const violations = await recordViolations(page);
  const items = readListItems();
  await page.goto('/');
  await expect(articleList(page).getByRole('link').first()).toContainText(items[0].title.trim());
  // A category, an article with images, the next one, back, English, dark mode, a reload.
  await page.getByRole('tree', { name: '分类' }).getByRole('treeitem').first().click();
  await articleList(page).getByRole('link').first().click();
  await expect(articleHeading(page)).toBeVisible();
  const withImage = items.find((item) => item.thumb)!;
  await page.goto(articleUrl(withImage.id));
  await expect(articleHeading(page)).toHaveText(withImage.title.trim());
  await page.locator('a[rel="next"]').click();
  await page.goBack();
  await expect(articleHeading(page)).toHaveText(withImage.title.trim());
  await page.getByRole('button', { name: 'English' }).click();
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto('/articles/no-such-article');
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Article not found' })).toBeVisible();
  expect(await violations()).toEqual([]);
});

test('the colour scheme and language are set before the app runs, from a script file', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.addInitScript(() => localStorage.setItem('reader:lang', 'en'));
  // Without the app's own code only before-first-paint.js can have set them.
  await page.route(/\/assets\/.*\.js$/, (route) => route.abort());
  await page.goto('/');
  expect(await page.evaluate(() => [document.documentElement.className, document.documentElement.lang])).toEqual(['dark', 'en']);
});

test.describe('built for a sub-path (BASE_PATH=/news/)', () => {
  const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
  let root: string;
  let server: { url: string; close: () => Promise<void> };

  test.beforeAll(async () => {
    test.setTimeout(240_000);
    root = mkdtempSync(path.join(tmpdir(), 'reader-base-path-'));
    const outDir = path.join(root, 'site');
    // The app and its data, as `BASE_PATH=/news/ npm run build` makes them (types were checked by the main build).
    const code = await new Promise<number | null>((resolve, reject) => {
      const child = spawn(process.execPath, [path.join(repoRoot, 'node_modules/vite/bin/vite.js'), 'build', '--outDir', outDir, '--emptyOutDir'], {
        cwd: repoRoot,
        env: { ...process.env, BASE_PATH: '/news/', CONTENT_REPORT: path.join(root, 'report.json') },
        stdio: 'ignore',
      });
      child.on('error', reject);
      child.on('close', resolve);
    });
    expect(code).toBe(0);
    server = await startStaticServer({ root: outDir, base: '/news/' });
  });

  test.afterAll(async () => {
    await server?.close();
    if (root) rmSync(root, { recursive: true, force: true });
  });

  test('the bootstrap script loads from the sub-path and the app runs under the policy', async ({ page }) => {
    const violations = await recordViolations(page);
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.addInitScript(() => localStorage.setItem('reader:lang', 'en'));
    const bootstrap = page.waitForResponse((response) => response.url().endsWith('/before-first-paint.js'));
    await page.goto(server.url);
    expect(new URL((await bootstrap).url()).pathname).toBe('/news/before-first-paint.js');
    expect((await bootstrap).status()).toBe(200);
    // The app ran (its data came from /news/data/). Which view it shows depends on the router's
    // basepath, not on this policy.
    await expect(page.getByRole('tree', { name: 'Categories' }).getByRole('treeitem').first()).toBeVisible();
    expect(await page.evaluate(() => [document.documentElement.classList.contains('dark'), document.documentElement.lang])).toEqual([true, 'en']);
    expect(await violations()).toEqual([]);
  });
});
