import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { stampsOf } from './build-cache.ts';

describe('stampsOf', () => {
  let dir = '';
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('gives every file its own stamp, in order, beyond the concurrency limit, and null for a missing file', async () => {
    dir = mkdtempSync(join(tmpdir(), 'stamps-'));
    const paths = Array.from({ length: 20 }, (_, i) => join(dir, `${i}.md`));
    paths.forEach((path, i) => writeFileSync(path, 'x'.repeat(i)));
    paths.splice(7, 0, join(dir, 'missing.md'));
    const stamps = await stampsOf(paths, 3);
    expect(stamps).toHaveLength(21);
    expect(stamps[7]).toBeNull();
    paths.forEach((path, i) => {
      if (i === 7) return;
      const s = statSync(path);
      expect(stamps[i]).toEqual([s.size, s.mtimeMs, s.ctimeMs, s.ino]);
    });
    expect(await stampsOf([])).toEqual([]);
  });
});
