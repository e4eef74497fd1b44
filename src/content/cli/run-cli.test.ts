import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { ContentReport } from '../../bundle/schema.ts';
import { runCli } from './run-cli.ts';
import { ensureBundle } from './pipeline.mjs';
import { tempDir, writeArchive } from '../util/test-archive.ts';

const repoRoot = resolve(import.meta.dirname, '../../..');

async function run(argv: string[], env: NodeJS.ProcessEnv, cwd: string) {
  let out = '';
  let err = '';
  const code = await runCli(argv, env, cwd, { out: (t) => (out += t), err: (t) => (err += t) });
  return { code, out, err };
}

describe('content CLI', () => {
  const root = tempDir('cli');
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  writeArchive(join(root, 'content'), {
    'good.md': { title: 'Good', date: '2022-01-01 00:00:00', categories: ['a'] },
    'undated.md': { title: 'Undated', categories: ['a'] },
    'notes.md': 'no front matter here\n',
  });
  const env = { CONTENT_WORKERS: '0' };

  it('prints one summary line and where things went, writes the report, and exits 0', async () => {
    const { code, out, err } = await run(['--out', 'site/data'], env, root);
    expect(code).toBe(0);
    expect(err).toBe('');
    const lines = out.trimEnd().split('\n');
    expect(lines[0]).toBe('3 files: 1 ok, 1 with warnings, 1 skipped');
    expect(lines[1]).toMatch(/^report: content-report\.json, bundle: site\/data, \d+\.\d s$/);
    expect(lines[2]).toBe('full build: no cache yet');
    expect(lines).toHaveLength(3);
    // The same build again is an incremental one (files written less than 2 s ago are re-read:
    // a change in the same clock tick as the first read could otherwise go unseen).
    const again = await run(['--out', 'site/data'], env, root);
    expect(again.out.trimEnd().split('\n')[2]).toMatch(/^incremental build: [0-3] of 3 posts re-parsed$/);
    expect((await run(['--out', 'site/data', '--no-cache'], env, root)).out.trimEnd().split('\n')[2]).toBe(
      'full build: cache off (--no-cache or CONTENT_CACHE=0)',
    );
    const report = JSON.parse(readFileSync(join(root, 'content-report.json'), 'utf8')) as ContentReport;
    expect(report.summary).toEqual({ files: 3, ok: 1, warning: 1, skipped: 1 });
    expect(existsSync(join(root, 'site/data/index.json'))).toBe(true);
  });

  it('in strict mode writes the report, lists the offending files, and exits 1', async () => {
    const { code, out, err } = await run(['--out', 'strict/data', '--report', 'strict/report.json', '--strict'], env, root);
    expect(code).toBe(1);
    expect(out.split('\n')[0]).toBe('3 files: 1 ok, 1 with warnings, 1 skipped');
    expect(err).toBe(
      [
        'notes.md [skipped]',
        "  no front matter (expected a '---' block at the top)",
        'undated.md [warning]',
        '  date is missing; article kept as undated',
        'content: strict mode: files above have warnings or were skipped',
        '',
      ].join('\n'),
    );
    expect(existsSync(join(root, 'strict/report.json'))).toBe(true);
  });

  it('names the variable of a bad time zone and exits 2 without building', async () => {
    const { code, err } = await run(['--out', 'tz/data'], { ...env, ARCHIVE_TZ: 'Mars/Olympus' }, root);
    expect(code).toBe(2);
    expect(err).toBe('content: ARCHIVE_TZ: "Mars/Olympus" is not a known IANA time zone (for example UTC or Asia/Shanghai)\n');
    expect(existsSync(join(root, 'tz'))).toBe(false);
  });

  it('fails clearly when the content folder does not exist', async () => {
    const { code, err } = await run(['--content', 'nope', '--out', 'x/data'], env, root);
    expect(code).toBe(1);
    expect(err).toBe(`content: build failed: content folder not found: ${join(root, 'nope')} (set CONTENT_DIR or --content)\n`);
  });

  it('exits with status 1 as a real process under STRICT=1', () => {
    // From the repository, like `npm run content`.
    const args = ['--content', join(root, 'content'), '--out', join(root, 'proc/data'), '--report', join(root, 'proc/report.json')];
    const child = spawnSync(process.execPath, ['src/content/cli/pipeline.mjs', ...args], {
      cwd: repoRoot,
      env: { ...process.env, STRICT: '1', CONTENT_WORKERS: '1' },
      encoding: 'utf8',
    });
    expect(child.status).toBe(1);
    expect(child.stdout.split('\n')[0]).toBe('3 files: 1 ok, 1 with warnings, 1 skipped');
    expect(child.stderr).toContain('notes.md [skipped]');
  });
});

describe('content CLI with unreadable entries', () => {
  const root = tempDir('perm');
  afterAll(() => {
    chmodSync(join(root, 'content', 'sub'), 0o755);
    rmSync(root, { recursive: true, force: true });
  });
  writeArchive(join(root, 'content'), {
    'a.md': { title: 'A', date: '2022-01-01 00:00:00' },
    'locked.md': { title: 'Locked', date: '2022-01-01 00:00:00' },
    'sub/b.md': { title: 'B', date: '2022-01-01 00:00:00' },
  });
  chmodSync(join(root, 'content', 'locked.md'), 0o000);
  chmodSync(join(root, 'content', 'sub'), 0o000);
  chmodSync(root, 0o777);
  mkdirSync(join(root, 'out'));
  chmodSync(join(root, 'out'), 0o777);

  // Root reads anything, so as root the pipeline runs as user `nobody` through setpriv.
  const isRoot = process.getuid?.() === 0;
  // `nobody` must also reach the repo (a clone inside a 0700 folder, as `mktemp -d` makes, is out of its reach).
  const nobodyReachesRepo = isRoot && existsSync('/usr/bin/setpriv') && spawnSync('/usr/bin/setpriv',
    ['--reuid=65534', '--regid=65534', '--clear-groups', '/bin/sh', '-c', 'test -r "$0"', join(repoRoot, 'node_modules', 'tsx', 'package.json')],
  ).status === 0;

  it.skipIf(isRoot && !nobodyReachesRepo)('reports an unreadable file and folder as skipped with the OS error', async () => {
    const args = ['--content', join(root, 'content'), '--out', join(root, 'out', 'data'), '--report', join(root, 'out', 'report.json')];
    if (isRoot) {
      // `nobody` cannot write node_modules/.cache either, so it would run through tsx and say so
      // (as CI did when this test came first): the bundle is compiled here first, as root, as
      // any earlier run of the pipeline would have.
      await ensureBundle();
      const child = spawnSync('/usr/bin/setpriv', ['--reuid=65534', '--regid=65534', '--clear-groups', process.execPath, 'src/content/cli/pipeline.mjs', ...args], {
        cwd: repoRoot,
        // `nobody` cannot write the project's build cache (node_modules/.cache): not what this test is about.
        env: { ...process.env, CONTENT_WORKERS: '0', CONTENT_CACHE: '0' },
        encoding: 'utf8',
      });
      expect(child.stderr).toBe('');
      expect(child.status).toBe(0);
    } else {
      expect((await run(args, { CONTENT_WORKERS: '0' }, root)).code).toBe(0);
    }
    const report = JSON.parse(readFileSync(join(root, 'out', 'report.json'), 'utf8')) as ContentReport;
    expect(report.files.map((f) => [f.path, f.status, f.messages])).toEqual([
      ['a.md', 'ok', []],
      ['locked.md', 'skipped', ["file not readable: EACCES: permission denied, open 'locked.md'"]],
      ['sub', 'skipped', ["directory not readable: EACCES: permission denied, scandir 'sub'"]],
    ]);
  });
});
