import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import type { Article } from '../../bundle/schema.ts';
import type { Message } from '../report/codes.ts';
import { createBatchProcessor, type BatchContext } from './batch.ts';

const texts = (messages: readonly Message[]) => messages.map((message) => message.text);
import { tempDir, writeArchive } from '../util/test-archive.ts';

// The real parsePost never throws for content; a bug in it must still not stop the build.
vi.mock('./post/parse-post.ts', async (importOriginal) => {
  const real = await importOriginal<typeof import('./post/parse-post.ts')>();
  return {
    ...real,
    parsePost: (relPath: string, bytes: Uint8Array, opts: Parameters<typeof real.parsePost>[2]) => {
      if (relPath.includes('bug')) throw new TypeError("Cannot read properties of undefined (reading 'trim')");
      return real.parsePost(relPath, bytes, opts);
    },
  };
});

describe('a batch processor', () => {
  const root = tempDir('batch');
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  writeArchive(root, {
    'in/ok.md': { title: 'OK', date: '2022-02-02 02:02:02', categories: ['x'] },
    'in/bug.md': { title: 'Bug' },
    'in/feed/pics.md': { title: 'Pics', date: '2022-02-02 02:02:02', body: '<p>图<img src="a.png"><img src="gone.png"><img src="../top.jpg"></p>' },
    'in/feed/a.png': 'png',
    'in/top.jpg': 'jpg',
  });
  const out = join(root, 'out');
  mkdirSync(join(out, 'articles', 'aa'), { recursive: true });
  const context: BatchContext = {
    outDir: out,
    post: { sourceTimeZone: 'UTC', archiveTimeZone: 'UTC', assetBase: '/data/assets/' },
  };
  const item = (index: number, path: string, id: string) => ({ index, path, absPath: join(root, 'in', path), id });

  const { results } = createBatchProcessor(context)(
    [item(0, 'bug.md', 'aa11111111'), item(1, 'ok.md', 'aa22222222'), item(2, 'gone.md', 'aa33333333'), item(3, 'feed/pics.md', 'aa44444444'), item(4, 'ok.md', 'zz55555555')],
  );

  it('reports a file whose processing throws as skipped with the error, and goes on', () => {
    expect(results[0]).toEqual({
      index: 0, status: 'skipped', summary: null, categoryPath: [], assets: [],
      messages: [{ code: 'processing-failed', text: "processing failed: Cannot read properties of undefined (reading 'trim')" }],
    });
    expect(results[1].status).toBe('ok');
  });

  it('reports a file that cannot be read with the OS error and its relative path', () => {
    expect(texts(results[2].messages)).toEqual(["file not readable: ENOENT: no such file or directory, open 'gone.md'"]);
  });

  it('writes the article file and returns its summary', () => {
    const article = JSON.parse(readFileSync(join(out, 'articles/aa/aa22222222.json'), 'utf8')) as Article;
    expect(article).toMatchObject({ id: 'aa22222222', title: 'OK', date: '2022-02-02T02:02:02.000Z', day: '2022-02-02', source: 'ok.md' });
    expect(results[1].summary).toEqual({
      id: 'aa22222222', title: 'OK', date: '2022-02-02T02:02:02.000Z', day: '2022-02-02',
      category: article.category, author: '测试', thumb: null, excerpt: '正文',
    });
  });

  it('reports an article that cannot be written as skipped with the OS error, and goes on', () => {
    // No articles/zz/ folder: the write fails.
    expect(results[4]).toMatchObject({ index: 4, status: 'skipped', summary: null });
    expect(texts(results[4].messages)).toEqual([expect.stringMatching(/^article not written: ENOENT: no such file or directory, open '.*zz55555555\.json'$/)]);
    expect(results.map((r) => r.index)).toEqual([0, 1, 2, 3, 4]);
  });

  it('keeps images whose file is in the content folder and drops the others with a warning', () => {
    const article = JSON.parse(readFileSync(join(out, 'articles/aa/aa44444444.json'), 'utf8')) as Article;
    expect(article.html).toBe('<p>图<img src="/data/assets/feed/a.png"><img src="/data/assets/top.jpg"></p>');
    expect(results[3]).toMatchObject({ status: 'warning', messages: [{ code: 'image-missing', text: 'image not found in the archive: "gone.png"; dropped' }] });
  });
});
