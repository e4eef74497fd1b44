/**
 * Writes the broken-archive test set: malformed inputs a crashing scraper, a full disk or a
 * careless copy leave behind, each with the outcome the build report must give, plus good posts
 * that must come through untouched. Generated into a temporary folder by the test; the 50 MB
 * body is built on the fly.
 */
import { execFileSync } from 'node:child_process';
import { chmodSync, mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { MAX_BODY_LENGTH } from '../../src/content/process/post/parse-post.ts';

interface MalformedCase {
  /** Path inside the archive, as the report names it (NFC). */
  path: string;
  /** What is wrong with it, for the test's names. */
  what: string;
  status: 'ok' | 'warning' | 'skipped';
  /** The report's messages for it, exactly. */
  messages: string[];
  /** Report entries expected for `path` (NFC twins share one path). Default 1. */
  entries?: number;
}

export interface BrokenArchive {
  cases: MalformedCase[];
  /** Titles of the well-formed posts. */
  goodTitles: string[];
  /** Set when a case could not be made here (e.g. unreadable files as root), with why. */
  notMade: string[];
}

const fm = (lines: string[]) => `---\n${lines.join('\n')}\n---\n`;
const post = (title: string, extra: string[] = [], body = '<div><p>正文。</p></div>') =>
  `${fm([`title: ${title}`, 'categories:', ' - 坏档案', 'author: 测试', 'date: 2023-05-06 07:08:09', ...extra])}\n${body}\n`;
/** A post in the feeds' layout whose front matter is `lines` only. */
const postWith = (lines: string[], body = '<div><p>正文。</p></div>') => `${fm(lines)}\n${body}\n`;

/** About 50 MB of paragraphs, the size of a scraper that wrote a whole site into one post. */
const HUGE_BODY_BYTES = 50 * 1024 * 1024;

function hugeBody(): string {
  const paragraph = '<p>海量正文 repeated filler text 0123456789 abcdefghij</p>\n';
  const bytes = Buffer.byteLength(paragraph);
  return `<div>${paragraph.repeat(Math.ceil(HUGE_BODY_BYTES / bytes))}</div>`;
}

export function writeBrokenArchive(root: string): BrokenArchive {
  const dir = path.join(root, 'broken');
  mkdirSync(dir, { recursive: true });
  const write = (name: string, content: string | Uint8Array) => writeFileSync(path.join(dir, name), content);
  const cases: MalformedCase[] = [];
  const add = (name: string, what: string, status: MalformedCase['status'], messages: string[], entries?: number) =>
    cases.push({ path: `broken/${name}`, what, status, messages, ...(entries ? { entries } : {}) });
  const notMade: string[] = [];

  write('empty.md', '');
  add('empty.md', 'an empty file', 'skipped', ['empty file']);

  write('whitespace.md', '\n  \n\t\n');
  add('whitespace.md', 'a file of whitespace', 'skipped', ['empty file (only whitespace)']);

  write('binary.md', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]));
  add('binary.md', 'a binary file (a PNG named .md)', 'skipped', ['binary file (contains NUL bytes)']);

  write('latin1.md', new Uint8Array(Array.from({ length: 40 }, (_, i) => 0xc0 + (i % 32)).concat([0x21])));
  add('latin1.md', 'bytes that are not UTF-8 at all', 'skipped', ['binary file (98% of characters are not valid UTF-8)']);

  const text = Buffer.from(post('坏字节 café'));
  const at = text.indexOf(0xc3);
  write('invalid-utf8.md', Buffer.concat([text.subarray(0, at), Buffer.from([0xff]), text.subarray(at + 2)]));
  add('invalid-utf8.md', 'a post with one invalid UTF-8 sequence', 'warning', [
    'file is not valid UTF-8: 1 invalid byte sequence(s) replaced with U+FFFD',
  ]);

  write('no-front-matter.md', '<div><p>只有正文，没有头信息。</p></div>\n');
  add('no-front-matter.md', 'no front matter', 'skipped', ["no front matter (expected a '---' block at the top)"]);

  write('never-closed.md', '---\ntitle: 写了一半\ndate: 2023-05-06\n<div><p>爬虫在这里崩溃');
  add('never-closed.md', 'front matter never closed (the scraper crashed)', 'skipped', [
    "front matter never closed (no '---' line after the opening one)",
  ]);

  write('cut-mid-body.md', `${fm(['title: 正文写了一半', 'date: 2023-05-06 07:08:09', 'categories:', ' - 坏档案'])}\n<div><p>爬虫在这里崩<img src="https://img.invalid/a.p`);
  add('cut-mid-body.md', 'a body cut off in the middle of a tag', 'ok', []);

  write('yaml-list.md', `${fm(['- 标题', '- 2023-05-06'])}\n<p>x</p>\n`);
  add('yaml-list.md', 'front matter that is a YAML list', 'skipped', [
    'front matter is a YAML list, not key: value pairs and has no key: value lines',
  ]);

  write('yaml-scalar.md', `${fm(['just one sentence of text'])}\n<p>x</p>\n`);
  add('yaml-scalar.md', 'front matter that is a YAML scalar', 'skipped', [
    'front matter is a YAML scalar, not key: value pairs and has no key: value lines',
  ]);

  write('yaml-invalid.md', postWith(['title: "引号没有闭合', 'date: 2023-05-06 07:08:09', 'categories:', ' - 坏档案']));
  add('yaml-invalid.md', 'front matter that is not valid YAML', 'warning', [
    'front matter is not valid YAML (Missing closing "quote); fields recovered line by line',
  ]);

  write('duplicate-keys.md', post('第一个标题', ['title: 第二个标题']));
  add('duplicate-keys.md', 'duplicate keys', 'warning', ['key "title" appears more than once; the last one was used']);

  const huge = hugeBody();
  write('huge-body.md', `${fm(['title: 五十兆的正文', 'date: 2023-05-06 07:08:09', 'categories:', ' - 坏档案'])}${huge}`);
  const kept = huge.lastIndexOf('<', MAX_BODY_LENGTH);
  add('huge-body.md', 'a 50 MB body', 'warning', [`body is ${huge.length} characters long; only the first ${kept} were kept`]);

  write('deep-nesting.md', post('五百层嵌套', [], `${'<div>'.repeat(500)}<p>最深处的文字</p>${'</div>'.repeat(500)}`));
  add('deep-nesting.md', '500 levels of nesting', 'warning', [
    'body HTML is nested 501 levels deep; tags below level 100 were unwrapped, their text kept',
  ]);

  write('long-title.md', post('长'.repeat(10_000)));
  add('long-title.md', 'a title of 10,000 characters', 'warning', ['title is 10000 characters long; cut to the first 299 and "…"']);

  const dated = (name: string, what: string, date: string, why: string) => {
    write(name, postWith([`title: ${what}`, `date: ${date}`, 'categories:', ' - 坏档案']));
    add(name, what, 'warning', [`date "${date}" ${why}; article kept as undated`]);
  };
  dated('date-0900.md', '0900 年的日期', '0900-07-20 20:17:40', 'is before the year 1000 or after 2999');
  dated('date-3001.md', '3001 年的日期', '3001-01-01 00:00:00', 'is before the year 1000 or after 2999');
  write('date-1936.md', postWith(['title: 1936 年的日期', 'date: Thu, 31 Dec 1936 00:00:00 GMT', 'categories:', ' - 坏档案']));
  add('date-1936.md', 'a date long before 1970 (history, kept)', 'ok', []);
  dated('date-impossible.md', '不存在的日期', '2023-02-30 10:00:00', 'is not a real calendar date');
  dated('date-garbage.md', '看不懂的日期', '昨天下午', 'not understood');

  write('categories-number.md', postWith(['title: 分类是数字', 'date: 2023-05-06 07:08:09', 'categories: 42']));
  add('categories-number.md', 'a category that is a number (read as the name "42")', 'ok', []);

  write('categories-numbers.md', postWith(['title: 分类是数字列表', 'date: 2023-05-06 07:08:09', 'categories:', ' - 2023', ' - 3.14']));
  add('categories-numbers.md', 'categories that are numbers in a list (read as names)', 'ok', []);

  write('categories-object.md', postWith(['title: 分类是对象', 'date: 2023-05-06 07:08:09', 'categories:', '  a: 1', '  b: 2']));
  add('categories-object.md', 'categories that are a mapping', 'warning', [
    'categories is neither a list nor a name; article kept without category',
  ]);

  write('categories-objects.md', postWith(['title: 分类项是对象', 'date: 2023-05-06 07:08:09', 'categories:', ' - 坏档案', ' - a: 1']));
  add('categories-objects.md', 'a category entry that is a mapping', 'warning', ['categories entry 2 is a mapping, not a name; dropped']);

  write('missing-image.md', post('缺图', [], '<div><p>图：<img src="pics/none.png"></p></div>'));
  add('missing-image.md', 'a relative image that is not in the archive', 'warning', ['image not found in the archive: "pics/none.png"; dropped']);

  // The same name in NFC and NFD: one path once normalized, so one id; both get longer ones.
  write('caf\u00e9.md', post('NFC 的名字'));
  write('cafe\u0301.md', post('NFD 的名字'));
  add('caf\u00e9.md', 'two files that would get the same id (NFC/NFD twins)', 'warning', [
    'another file has the same path once Unicode-normalized (NFC); both got longer ids to stay unique',
  ], 2);

  symlinkSync('..', path.join(dir, 'loop'));
  add('loop', 'a symbolic link loop', 'skipped', ['symbolic link loop: the link leads back to a folder that contains it; not followed']);

  symlinkSync('nowhere.md', path.join(dir, 'dangling.md'));
  add('dangling.md', 'a dangling link', 'skipped', ["link not followed: ENOENT: no such file or directory, stat 'broken/dangling.md'"]);

  execFileSync('mkfifo', [path.join(dir, 'pipe.md')]);
  add('pipe.md', 'a named pipe called .md (reading it would block)', 'skipped', ['not a regular file (named pipe); not read']);

  if (process.getuid?.() === 0) {
    notMade.push('unreadable file: the tests run as root, who reads a chmod 000 file anyway; case not made');
  } else {
    write('unreadable.md', post('读不了'));
    chmodSync(path.join(dir, 'unreadable.md'), 0o000);
    add('unreadable.md', 'an unreadable file', 'skipped', ["file not readable: EACCES: permission denied, open 'broken/unreadable.md'"]);
  }

  const goodTitles = ['好文章一', '好文章二', '好文章三'];
  goodTitles.forEach((title, i) => {
    mkdirSync(path.join(root, 'good'), { recursive: true });
    writeFileSync(path.join(root, 'good', `${i + 1}.md`), post(title));
  });
  return { cases, goodTitles, notMade };
}
