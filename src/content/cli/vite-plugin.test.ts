import { existsSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { build, createServer, type ViteDevServer } from 'vite';
import { articlePath, type Article, type BundleIndex } from '../../bundle/schema.ts';
import { hashBase32 } from '../util/hash-base32.ts';
import { tempDir, writeArchive } from '../util/test-archive.ts';
import { contentPlugin } from './vite-plugin.ts';

// The plugin stays off under Vitest (so test runs never build the archive); these tests turn
// it on by hiding VITEST, and point the pipeline at a temporary archive through the env.
const saved = { ...process.env };
function pipelineEnv(root: string, extra: Record<string, string> = {}) {
  delete process.env.VITEST;
  Object.assign(process.env, {
    CONTENT_DIR: join(root, 'content'), CONTENT_REPORT: join(root, 'report.json'), CONTENT_WORKERS: '0', ...extra,
  });
}
afterEach(() => {
  process.env = { ...saved };
});

const root = tempDir('vite');
afterAll(() => rmSync(root, { recursive: true, force: true }));
writeArchive(join(root, 'content'), {
  'a.md': { title: 'A', date: '2022-01-01 00:00:00', categories: ['新闻'], body: '<p>正文</p><p><img src="pic.png"></p>' },
  'notes.md': 'no front matter\n',
});
writeFileSync(join(root, 'content', 'pic.png'), 'png bytes');
writeFileSync(join(root, 'index.html'), '<!doctype html><title>t</title><script type="module" src="./main.js"></script>');
writeFileSync(join(root, 'main.js'), 'document.title = "app";');

describe('contentPlugin on vite build', () => {
  beforeEach(() => rmSync(join(root, 'dist'), { recursive: true, force: true }));

  it('writes the bundle into <outDir>/data after the app, with asset URLs under the base', async () => {
    pipelineEnv(root);
    await build({ root, configFile: false, logLevel: 'silent', base: '/news/', plugins: [contentPlugin()] });
    expect(existsSync(join(root, 'dist', 'index.html'))).toBe(true);
    const index = JSON.parse(readFileSync(join(root, 'dist', 'data', 'index.json'), 'utf8')) as BundleIndex;
    expect(index.total).toBe(1);
    expect(readFileSync(join(root, 'dist', 'data', 'assets', 'pic.png'), 'utf8')).toBe('png bytes');
    const id = hashBase32('a.md', 10);
    const article = JSON.parse(readFileSync(join(root, 'dist', 'data', articlePath(id)), 'utf8')) as Article;
    expect(article.html).toContain('src="/news/data/assets/pic.png"');
  });

  it('keeps data/ across builds (the next pipeline run is incremental) and removes stale app files', async () => {
    pipelineEnv(root);
    const once = () => build({ root, configFile: false, logLevel: 'silent', plugins: [contentPlugin()] });
    await once();
    const index = join(root, 'dist', 'data', 'index.json');
    const inode = statSync(index).ino;
    writeFileSync(join(root, 'dist', 'stale.js'), 'old chunk');
    await once();
    expect(existsSync(join(root, 'dist', 'stale.js'))).toBe(false);
    expect(existsSync(join(root, 'dist', 'index.html'))).toBe(true);
    // The same file: a full build (or Vite's emptying) would have made a new one.
    expect(statSync(index).ino).toBe(inode);
    expect((JSON.parse(readFileSync(index, 'utf8')) as BundleIndex).total).toBe(1);
  });

  it('fails the build when the pipeline fails (strict mode with a skipped file)', async () => {
    pipelineEnv(root, { STRICT: '1' });
    await expect(build({ root, configFile: false, logLevel: 'silent', plugins: [contentPlugin()] })).rejects.toThrow(
      'content pipeline failed with exit code 1',
    );
  });

  it('does nothing with READER_SKIP_CONTENT=1', async () => {
    pipelineEnv(root, { READER_SKIP_CONTENT: '1' });
    await build({ root, configFile: false, logLevel: 'silent', plugins: [contentPlugin()] });
    expect(existsSync(join(root, 'dist', 'index.html'))).toBe(true);
    expect(existsSync(join(root, 'dist', 'data'))).toBe(false);
  });
});

describe('contentPlugin on the dev server', () => {
  let server: ViteDevServer;
  let origin: string;
  afterEach(async () => {
    await server?.close();
  });

  async function start(base: string) {
    pipelineEnv(root);
    server = await createServer({
      root, configFile: false, logLevel: 'silent', base,
      server: { port: 0, host: '127.0.0.1' },
      plugins: [contentPlugin({ devDataDir: join(root, 'dev-data'), rebuildDelayMs: 100 })],
    });
    await server.listen();
    origin = `http://127.0.0.1:${(server.httpServer!.address() as AddressInfo).port}`;
  }

  it('serves the bundle under <base>data/ with JSON and image content types, and 404 for the rest', async () => {
    await start('/news/');
    const index = await fetch(`${origin}/news/data/index.json`);
    expect(index.status).toBe(200);
    expect(index.headers.get('content-type')).toBe('application/json; charset=utf-8');
    expect(((await index.json()) as BundleIndex).total).toBe(1);
    const image = await fetch(`${origin}/news/data/assets/pic.png`);
    expect([image.status, image.headers.get('content-type')]).toEqual([200, 'image/png']);
    expect((await fetch(`${origin}/news/data/missing.json`)).status).toBe(404);
    expect((await fetch(`${origin}/news/data/%2e%2e%2f%2e%2e%2fcontent/a.md`)).status).toBe(404);
  });

  it('rebuilds when a post is added', async () => {
    await start('/');
    expect(((await (await fetch(`${origin}/data/index.json`)).json()) as BundleIndex).total).toBe(1);
    writeArchive(join(root, 'content'), { 'b.md': { title: 'B', date: '2022-01-02 00:00:00' } });
    let total = 1;
    for (let i = 0; i < 100 && total === 1; i++) {
      await new Promise((r) => setTimeout(r, 200));
      total = ((await (await fetch(`${origin}/data/index.json`)).json()) as BundleIndex).total;
    }
    rmSync(join(root, 'content', 'b.md'));
    expect(total).toBe(2);
  });
});
