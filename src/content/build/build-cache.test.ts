import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { pruneCaches } from './build-cache.ts';
import { tempDir } from '../util/test-archive.ts';

describe('pruneCaches', () => {
  const root = tempDir('prune-caches');
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('deletes the caches whose bundle folder is gone, and nothing else', async () => {
    const caches = join(root, 'caches');
    const bundle = join(root, 'bundle');
    mkdirSync(bundle, { recursive: true });
    const cache = (name: string, state?: string) => {
      mkdirSync(join(caches, name, 'trash'), { recursive: true });
      if (state !== undefined) writeFileSync(join(caches, name, 'state.json'), state);
    };
    cache('0000000000000001', JSON.stringify({ outDir: bundle }));
    cache('0000000000000002', JSON.stringify({ outDir: join(root, 'gone') }));
    cache('0000000000000003'); // no state.json: a build running now, or one that died
    cache('0000000000000004', '{"outDir":'); // unreadable: left alone
    cache('not-a-cache', JSON.stringify({ outDir: join(root, 'gone') }));
    writeFileSync(join(caches, '0000000000000005'), 'a file');

    expect(await pruneCaches(caches)).toEqual([join(caches, '0000000000000002')]);
    expect(readdirSync(caches).sort()).toEqual(['0000000000000001', '0000000000000003', '0000000000000004', '0000000000000005', 'not-a-cache']);
    expect(await pruneCaches(join(root, 'missing'))).toEqual([]);
  });
});
