import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildArchive } from '../build/build-archive.ts';
import { tempDir, writeArchive } from '../util/test-archive.ts';
import { CATALOGUE, isTransient, message, type Code } from './codes.ts';

const README = join(import.meta.dirname, '../../../README.md');

/** README's table of codes, as the catalogue makes it. */
function codesTable(): string {
  const rows = (Object.keys(CATALOGUE) as Code[]).map((code) => `| \`${code}\` | ${CATALOGUE[code].meaning} | ${CATALOGUE[code].action} |`);
  return ['| code | for the reader | what to do |', '| --- | --- | --- |', ...rows].join('\n');
}

describe('the error catalogue', () => {
  it('is the table in README.md, code for code', () => {
    const readme = readFileSync(README, 'utf8');
    // On a change of the catalogue, paste this table into README.md.
    expect(readme, codesTable()).toContain(codesTable());
  });

  it('builds each message from its entry, with its code', () => {
    expect(message('date-unparsed', '"32/13/2021"', 'not understood')).toEqual({
      code: 'date-unparsed',
      text: 'date "32/13/2021" not understood; article kept as undated',
    });
    expect(message('id-collision', ['a/b.md'])).toEqual({ code: 'id-collision', text: 'same id as "a/b.md"; both got longer ids to stay unique' });
  });

  it('marks as transient the failures that say nothing about the file', () => {
    const transient = (Object.keys(CATALOGUE) as Code[]).filter(isTransient);
    expect(transient).toEqual(['file-unreadable', 'processing-failed', 'worker-failed', 'article-not-written', 'folder-unreadable', 'image-not-copied']);
  });
});

describe('every message of a build has a code', async () => {
  const root = tempDir('codes-');
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  const content = join(root, 'content');
  writeArchive(content, {
    'ok.md': { title: 'Fine', date: '2021-03-23 10:00:00' },
    'undated.md': { title: 'No date' },
    'bad-date.md': { title: 'Bad date', date: '32/13/2021' },
    'no-title.md': '---\ndate: 2021-03-23 10:00:00\n---\n<p>正文开头</p>\n',
    'deep.md': { title: 'Deep', date: '2021-03-23', categories: ['a', 'b', 'c', 'd'] },
    'empty.md': '',
    'plain.md': '<p>no front matter</p>',
    'pic.md': { title: 'Pic', date: '2021-03-23', body: '<p><img src="gone.png"></p>' },
  });
  const { report } = await buildArchive({
    contentDir: content, outDir: join(root, 'out'), workers: 0,
    sourceTimeZone: 'UTC', archiveTimeZone: 'UTC', siteTitle: 't', assetBase: '/data/assets/',
  });
  const codesOf = (path: string) => report.files.find((file) => file.path === path)?.codes;

  it('one code per message, each in the catalogue', () => {
    for (const file of report.files) {
      expect(file.codes, file.path).toHaveLength(file.messages.length);
      for (const code of file.codes) expect(Object.keys(CATALOGUE), file.path).toContain(code);
    }
  });

  it('the code that says what happened to each file', () => {
    expect(codesOf('ok.md')).toEqual([]);
    expect(codesOf('undated.md')).toEqual(['date-missing']);
    expect(codesOf('bad-date.md')).toEqual(['date-unparsed']);
    expect(codesOf('no-title.md')).toEqual(['title-empty']);
    expect(codesOf('deep.md')).toEqual(['category-too-deep']);
    expect(codesOf('empty.md')).toEqual(['file-empty']);
    expect(codesOf('plain.md')).toEqual(['front-matter-missing']);
    expect(codesOf('pic.md')).toEqual(['image-missing']);
  });
});
