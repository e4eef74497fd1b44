import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { clearOutDir, createBundleWriter, removeDetached } from './write-bundle.ts';
import { tempDir } from '../util/test-archive.ts';

describe('clearOutDir', () => {
  const root = tempDir('clear');
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  const protect = { contentDir: join(root, 'site', 'content'), cwd: join(root, 'site') };

  it('refuses the file-system root, a folder holding the content, and the working directory', async () => {
    await expect(clearOutDir('/', protect)).rejects.toThrow('refusing to clear output folder /: it is the file-system root');
    await expect(clearOutDir(join(root, 'site', 'content'), protect)).rejects.toThrow('it contains the content folder');
    await expect(clearOutDir(root, protect)).rejects.toThrow('it contains the content folder');
    await expect(clearOutDir(join(root, 'site'), { ...protect, contentDir: '/elsewhere' })).rejects.toThrow(
      'it contains the working directory',
    );
  });

  it('empties the folder at once and removes the old files and leftovers of killed builds', async () => {
    const out = join(root, 'site', 'dist', 'data');
    mkdirSync(join(out, 'articles', 'ab'), { recursive: true });
    writeFileSync(join(out, 'articles', 'ab', 'old.json'), '{}');
    mkdirSync(join(root, 'site', 'dist', '.data.old-1'));
    const { removed } = await clearOutDir(out, protect);
    expect(readdirSync(out)).toEqual([]);
    await removed;
    expect(readdirSync(join(root, 'site', 'dist'))).toEqual(['data']);
  });

  it('with a trash folder, empties the folder at once and leaves the deleting to a process of its own', async () => {
    const out = join(root, 'site', 'dist2', 'data');
    const trash = join(root, 'cache', 'trash');
    mkdirSync(join(out, 'articles', 'ab'), { recursive: true });
    writeFileSync(join(out, 'articles', 'ab', 'old.json'), '{}');
    mkdirSync(join(trash, 'data-1-1'), { recursive: true });
    mkdirSync(join(root, 'site', 'dist2', '.data.old-1'));
    await (await clearOutDir(out, protect, { dir: trash })).removed;
    expect(readdirSync(out)).toEqual([]);
    // The old bundle went to the trash folder, outside the deployed folder, at once.
    expect(readdirSync(join(root, 'site', 'dist2')).filter((name) => name !== '.data.old-1')).toEqual(['data']);
    const deadline = Date.now() + 10_000;
    while ((readdirSync(trash).length > 0 || existsSync(join(root, 'site', 'dist2', '.data.old-1'))) && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    expect(readdirSync(trash)).toEqual([]);
    expect(readdirSync(join(root, 'site', 'dist2'))).toEqual(['data']);
  });

  it('deletes after the given process has exited, not before', async () => {
    const doomed = join(root, 'cache', 'later');
    mkdirSync(join(doomed, 'x'), { recursive: true });
    const build = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 1500)']);
    removeDetached([doomed], build.pid);
    await new Promise((resolve) => setTimeout(resolve, 700));
    expect(existsSync(doomed)).toBe(true);
    await new Promise((resolve) => build.once('exit', resolve));
    const deadline = Date.now() + 10_000;
    while (existsSync(doomed) && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 50));
    expect(existsSync(doomed)).toBe(false);
  });

  it('creates a missing folder', async () => {
    const out = join(root, 'new', 'data');
    await (await clearOutDir(out, protect)).removed;
    expect(existsSync(out)).toBe(true);
  });
});

describe('createBundleWriter', () => {
  const root = tempDir('writer');
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('writes many files, creating their folders on the way', async () => {
    const writer = createBundleWriter(root, 4);
    for (let i = 0; i < 200; i++) await writer.write(`lists/c${i % 7}/${i}.json`, String(i));
    await writer.flush();
    expect(readFileSync(join(root, 'lists/c3/199.json'), 'utf8')).toBe('199');
    expect(readdirSync(join(root, 'lists')).length).toBe(7);
  });

  it('hands a failed copy to its callback and fails flush for a failed write', async () => {
    const writer = createBundleWriter(root, 4);
    const errors: string[] = [];
    await writer.copy(join(root, 'missing.png'), 'assets/missing.png', (error) => errors.push((error as NodeJS.ErrnoException).code!));
    await writer.write('x/\u0000bad.json', '{}');
    await expect(writer.flush()).rejects.toThrow(/null bytes/);
    expect(errors).toEqual(['ENOENT']);
  });
});
