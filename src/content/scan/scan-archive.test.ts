import { execFileSync } from 'node:child_process';
import { chmodSync, mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { scanArchive } from './scan-archive.ts';
import { tempDir, writeArchive } from '../util/test-archive.ts';

const isRoot = process.getuid?.() === 0;

describe('scanArchive', () => {
  const root = tempDir('scan');
  afterAll(() => {
    chmodSync(join(root, 'locked'), 0o755);
    rmSync(root, { recursive: true, force: true });
  });
  writeArchive(root, {
    'b/二次元/1화 표정관리.md': 'x',
    'b/"""\'quoted\'""".md': 'x',
    'a b/100% #1 ＡＢＣ.md': 'x',
    'a b/📰 news.md': 'x',
    '.md': 'x',
    'c/README.MD': 'x',
    'c/notes.txt': 'x',
    'c/img/a.png': 'x',
    'c/img/b.JPEG': 'x',
    'c/img/logo.svg': '<svg/>',
    // NFD spelling of "é": normalized to NFC in the path, kept raw for reading.
    'd/cafe\u0301.md': 'x',
  });
  mkdirSync(join(root, 'locked'));
  writeFileSync(join(root, 'locked', 'hidden.md'), 'x');
  chmodSync(join(root, 'locked'), 0o000);
  symlinkSync('..', join(root, 'b', 'loop'));
  symlinkSync('../a b', join(root, 'c', 'alias'));
  symlinkSync('missing.md', join(root, 'c', 'dangling.md'));
  execFileSync('mkfifo', [join(root, 'c', 'pipe.md')]);
  execFileSync('mkfifo', [join(root, 'c', 'pipe.txt')]);

  const scan = scanArchive(root);

  it('finds every .md file, with NFC forward-slash paths sorted by code point, following links', () => {
    const { posts } = scan;
    expect(posts.map((p) => p.path)).toEqual([
      '.md',
      'a b/100% #1 ＡＢＣ.md',
      'a b/📰 news.md',
      'b/"""\'quoted\'""".md',
      'b/二次元/1화 표정관리.md',
      'c/README.MD',
      'c/alias/100% #1 ＡＢＣ.md',
      'c/alias/📰 news.md',
      'd/café.md',
      ...(isRoot ? ['locked/hidden.md'] : []),
    ]);
    const nfd = posts.find((p) => p.path === 'd/café.md')!;
    expect(nfd.rawPath).toBe('d/cafe\u0301.md');
    expect(nfd.absPath).toBe(join(root, 'd', 'cafe\u0301.md'));
  });

  it('collects png/jpg/jpeg/gif/webp/avif images but never svg', () => {
    const { assets } = scan;
    expect(assets.map((a) => a.path)).toEqual(['c/img/a.png', 'c/img/b.JPEG']);
  });

  it('reports a link loop and a dangling .md link as problems instead of following them', () => {
    const { problems } = scan;
    const byPath = Object.fromEntries(problems.map((p) => [p.path, p.message]));
    expect(byPath['b/loop']).toEqual({ code: 'link-not-followed', text: 'symbolic link loop: the link leads back to a folder that contains it; not followed' });
    expect(byPath['c/dangling.md']).toEqual({ code: 'link-not-followed', text: "link not followed: ENOENT: no such file or directory, stat 'c/dangling.md'" });
  });

  it('reports a named pipe called *.md without reading it (which would block), and ignores other pipes', () => {
    const { problems } = scan;
    expect(problems.filter((p) => p.path.startsWith('c/pipe'))).toEqual([
      { path: 'c/pipe.md', message: { code: 'not-a-file', text: 'not a regular file (named pipe); not read' } },
    ]);
  });

  it.skipIf(isRoot)('reports an unreadable folder with the OS error (skipped as root, who can read it)', () => {
    const { problems } = scan;
    expect(problems.find((p) => p.path === 'locked')?.message).toEqual({
      code: 'folder-unreadable',
      text: "directory not readable: EACCES: permission denied, scandir 'locked'",
    });
  });
});
