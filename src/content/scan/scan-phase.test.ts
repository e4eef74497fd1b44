import { mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { scanInWorker } from './scan-in-worker.ts';
import { runScanPhase } from './scan-phase.ts';
import { tempDir, writeArchive } from '../util/test-archive.ts';

describe('scan phase', () => {
  const root = tempDir('scan-phase');
  const content = join(root, 'content');
  const out = join(root, 'out');
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  writeArchive(content, {
    'feed/一.md': { title: '一', date: '2024-01-02 10:00:00', categories: ['新闻'] },
    'feed/二.md': { title: '二', date: '2024-01-03 10:00:00', categories: ['新闻'] },
    'img/a.png': 'png',
    // Spelled in NFD on disk: its path (NFC) differs from its raw path.
    'feed/cafe\u0301.md': { title: 'café', date: '2024-01-04 10:00:00', categories: ['新闻'] },
  });
  // A link to nowhere: a problem of the scan.
  symlinkSync(join(content, 'gone.md'), join(content, 'feed', 'dangling.md'));
  // A bundle folder with two article files and something that is not one.
  for (const [dir, name] of [['ab', 'abc123.json'], ['zz', 'zzz999.json'], ['zz', 'notes.txt']]) {
    mkdirSync(join(out, 'articles', dir), { recursive: true });
    writeFileSync(join(out, 'articles', dir, name), '{}');
  }
  const request = { contentDir: content, outDir: out, incremental: true, assetStamps: true };

  it('gives the same answer in a worker thread as on this one: posts, ids, stamps, article files', async () => {
    const here = await runScanPhase(request);
    const there = await scanInWorker(request);
    expect(here.scan.posts.map((post) => post.path)).toEqual(['feed/café.md', 'feed/一.md', 'feed/二.md']);
    expect(here.scan.posts[0].rawPath).toBe('feed/cafe\u0301.md');
    expect(here.scan.problems.map((problem) => problem.path)).toEqual(['feed/dangling.md']);
    expect(here.ids).toHaveLength(3);
    expect(here.postStamps?.every((stamp) => stamp !== null && stamp[0] > 0)).toBe(true);
    expect(here.assetStamps).toHaveLength(1);
    expect([...(here.articleFiles ?? [])].sort()).toEqual(['abc123', 'zzz999']);
    expect({ ...there, stampedAt: 0 }).toEqual({ ...here, stampedAt: 0 });
    // The worker's paths are rebuilt from the folder as given: the same however it is spelled.
    const spelled = { ...request, contentDir: `${content}/./` };
    expect((await scanInWorker(spelled)).scan.posts).toEqual((await runScanPhase(spelled)).scan.posts);
  });

  it('takes no stamps and lists no article files once told the build is a full one', async () => {
    const fullBuild = new Int32Array(new SharedArrayBuffer(4));
    Atomics.store(fullBuild, 0, 1);
    const phase = await scanInWorker({ ...request, fullBuild });
    expect(phase.postStamps).toBeNull();
    expect(phase.articleFiles).toBeNull();
    expect(phase.ids).toHaveLength(3);
  });

  it('fails as the scan would when the content folder is not there', async () => {
    await expect(scanInWorker({ ...request, contentDir: join(root, 'missing') })).rejects.toThrow(/ENOENT|no such file/);
  });
});
