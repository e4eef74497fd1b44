/**
 * Reproducible builds: the same archive built on different days, in different time zones and
 * folders, in-process and by the CLI with worker threads, gives byte-identical bundles and
 * reports, with no absolute path in them. (src/content/build-archive.test.ts covers folder,
 * file order and worker count; this adds the clock and the zone of the machine.)
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { buildArchive } from '../../src/content/build/build-archive.ts';
import { searchIndexStep } from '../../src/content/steps/search-index/search-index-step.ts';
import { writeReport } from '../../src/content/report/report.ts';
import { tempDir, treeHashes, writeArchive } from '../../src/content/util/test-archive.ts';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

const ARCHIVE = {
  'feeds/a.md': { title: '夜里的新闻', date: '2021-03-23 23:30:00', categories: ['新闻', '国内'], body: '<p>正文<img src="pic.png"></p>' },
  'feeds/b.md': { title: 'Naive date at midnight', date: '2021-12-31 16:00:00', categories: ['新闻'] },
  'feeds/c.md': { title: '没有日期', categories: ['其他'] },
  'other/d.md': { title: 'Zulu', date: '2020-02-29 00:00:00' },
  'feeds/pic.png': 'not really a png',
};

function allFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.join(entry.parentPath, entry.name));
}

describe('a build does not depend on the day, the machine time zone or the folder', () => {
  const root = tempDir('repro-days');
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('is byte-identical in 2031 at UTC+14 in-process and today at UTC-10 by the CLI with 2 workers', async () => {
    const first = path.join(root, 'one', 'content');
    const second = path.join(root, 'two', 'deeper', 'folder', 'content');
    writeArchive(first, ARCHIVE);
    writeArchive(second, ARCHIVE);

    const zone = process.env.TZ;
    process.env.TZ = 'Pacific/Kiritimati';
    vi.useFakeTimers({ now: new Date('2031-06-15T03:00:00Z'), toFake: ['Date'] });
    try {
      expect(new Date().getFullYear()).toBe(2031);
      const result = await buildArchive({
        contentDir: first, outDir: path.join(root, 'one', 'out'), sourceTimeZone: 'UTC', archiveTimeZone: 'Asia/Shanghai',
        siteTitle: '新闻存档', assetBase: '/data/assets/', workers: 0, steps: [searchIndexStep()],
      });
      await writeReport(path.join(root, 'one', 'report.json'), result.report);
    } finally {
      vi.useRealTimers();
      if (zone === undefined) delete process.env.TZ;
      else process.env.TZ = zone;
    }

    const cli = spawnSync(
      process.execPath,
      ['src/content/cli/pipeline.mjs', '--content', second, '--out', path.join(root, 'two', 'out'), '--report', path.join(root, 'two', 'report.json'), '--workers', '2'],
      { cwd: repoRoot, env: { ...process.env, TZ: 'America/Adak' }, encoding: 'utf8' },
    );
    expect(cli.stderr).toBe('');
    expect(cli.status).toBe(0);

    const one = treeHashes(path.join(root, 'one', 'out'));
    expect(Object.keys(one).length).toBeGreaterThan(10);
    expect(treeHashes(path.join(root, 'two', 'out'))).toEqual(one);
    expect(readFileSync(path.join(root, 'two', 'report.json'), 'utf8')).toBe(readFileSync(path.join(root, 'one', 'report.json'), 'utf8'));
    // Nothing of where or when it was built.
    for (const file of [...allFiles(path.join(root, 'one')), ...allFiles(path.join(root, 'two'))].filter((f) => !f.includes(`${path.sep}content${path.sep}`))) {
      const text = readFileSync(file, 'latin1');
      expect(text, file).not.toContain(root);
      expect(text, file).not.toMatch(/2031-06-15|Kiritimati|Adak/);
    }
  });
});

