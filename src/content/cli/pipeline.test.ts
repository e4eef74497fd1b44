import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ENTRIES, ensureBundle } from './pipeline.mjs';

const root = resolve(import.meta.dirname, '../../..');

function sourcesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts'))
    .map((entry) => join(entry.parentPath, entry.name));
}

describe('the pipeline bundle', () => {
  const cacheDir = mkdtempSync(join(tmpdir(), 'reader-pipeline-'));
  afterAll(() => rmSync(cacheDir, { recursive: true, force: true }));

  it('has an entry of the same name for every worker the sources start, made from the file beside its bootstrap', () => {
    const started = new Map<string, string>();
    for (const file of sourcesUnder(join(root, 'src', 'content'))) {
      for (const [, name] of readFileSync(file, 'utf8').matchAll(/new URL\('\.\/([\w-]+)\.mjs', import\.meta\.url\)/g)) {
        started.set(name, relative(root, join(dirname(file), `${name}.ts`)));
      }
    }
    expect([...started.keys()].sort()).toEqual(['batch-worker', 'index-worker', 'scan-worker', 'token-worker']);
    for (const [name, source] of started) expect(ENTRIES[name], name).toBe(source);
  });

  it('is compiled once, reused while its sources are the same, and compiled again when one differs', async () => {
    const first = await ensureBundle({ root, cacheDir });
    expect(first.built).toBe(true);
    expect(readdirSync(first.dir).filter((name) => name.endsWith('.mjs'))).toEqual(
      expect.arrayContaining(Object.keys(ENTRIES).map((name) => `${name}.mjs`)),
    );

    // Readable by other users, as the sources are (mkdtemp made it 0700): a pipeline run by
    // another user than the one who compiled it uses it instead of trying to compile its own.
    expect(statSync(first.dir).mode & 0o777).toBe(0o755);

    const again = await ensureBundle({ root, cacheDir });
    expect(again).toEqual({ dir: first.dir, built: false });

    // As if build-cache.ts had been edited since: the recorded hash no longer matches the file.
    const pointer = join(cacheDir, 'current.json');
    const current = JSON.parse(readFileSync(pointer, 'utf8')) as { dir: string; inputs: Record<string, string> };
    expect(Object.keys(current.inputs)).toEqual(expect.arrayContaining(['src/content/build/build-cache.ts', 'src/content/steps/search-index/token-worker.ts']));
    writeFileSync(pointer, JSON.stringify({ ...current, inputs: { ...current.inputs, 'src/content/build/build-cache.ts': 'edited' } }));
    const rebuilt = await ensureBundle({ root, cacheDir });
    expect(rebuilt.built).toBe(true);
    // Same sources, same folder: compiled anew, not a stale one taken over.
    expect(rebuilt.dir).toBe(first.dir);
    expect(JSON.parse(readFileSync(pointer, 'utf8'))).toEqual(current);

    rmSync(first.dir, { recursive: true });
    expect((await ensureBundle({ root, cacheDir })).built).toBe(true);
    expect(readdirSync(cacheDir).filter((name) => name.startsWith('tmp-'))).toEqual([]);
  });

  it('is compiled once into one folder when two builds start at the same time', async () => {
    const shared = mkdtempSync(join(tmpdir(), 'reader-pipeline-'));
    try {
      const [one, two] = await Promise.all([ensureBundle({ root, cacheDir: shared }), ensureBundle({ root, cacheDir: shared })]);
      expect(one.dir).toBe(two.dir);
      expect(readdirSync(shared).sort()).toEqual([basename(one.dir), 'current.json']);
      expect(readdirSync(one.dir)).toContain('cli.mjs');
    } finally {
      rmSync(shared, { recursive: true, force: true });
    }
  });

  it('runs the CLI from the bundle, without a TypeScript loader', () => {
    const child = spawnSync(process.execPath, ['src/content/cli/pipeline.mjs', '--help'], { cwd: root, encoding: 'utf8' });
    expect(child.stderr).toBe('');
    expect(child.stdout).toMatch(/^usage: node src\/content\/cli\/pipeline\.mjs /);
    expect(child.status).toBe(0);
  });
});
