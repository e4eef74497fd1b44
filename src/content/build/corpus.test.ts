import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { decodeHTML } from 'entities';
import { describe, expect, it } from 'vitest';
import { DEFAULT_POST_OPTIONS, parsePost, type ProcessResult } from '../process/post/parse-post.ts';

/**
 * Fidelity over the real sample archive (../shared/corpus/rsshub-page). Expected values are
 * derived here from the raw lines with deliberately simple rules, independent of the parser.
 */
const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const dir = path.resolve(repoRoot, '../shared/corpus/rsshub-page');

interface Case {
  file: string;
  raw: string;
  result: ProcessResult;
  /** The file's oddities, as MANIFEST.tsv lists them (`date RFC822 GMT`, `empty title`, …). */
  notes: string[];
}

/** MANIFEST.tsv: path -> oddities (the part of each note before a colon). */
function readManifest(): Map<string, string[]> {
  const rows = readFileSync(path.join(dir, 'MANIFEST.tsv'), 'utf8').trim().split('\n').slice(1);
  return new Map(rows.map((row) => row.split('\t')).map(([file, , notes]) => [file, notes.split('; ').map((note) => note.replace(/:.*/, ''))]));
}

const codesOf = (c: Case) => c.result.messages.map((message) => message.code);
const isDeepEqual = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

function loadCases(manifest: Map<string, string[]>): Case[] {
  const files = (readdirSync(dir, { recursive: true }) as string[])
    .filter((f) => f.endsWith('.md'))
    .map((f) => f.split(path.sep).join('/'))
    .sort();
  return files.map((file) => {
    const bytes = readFileSync(path.join(dir, file));
    return { file, raw: bytes.toString('utf8'), result: parsePost(file, bytes, DEFAULT_POST_OPTIONS), notes: manifest.get(file) ?? [] };
  });
}

/** The lines between the first two `---` lines. */
function frontMatterLines(raw: string): string[] {
  const lines = raw.replace(/\r\n/g, '\n').split('\n');
  const open = lines.findIndex((l) => l.trim() === '---');
  const close = lines.findIndex((l, i) => i > open && l.trim() === '---');
  return lines.slice(open + 1, close);
}

/** `key:` value plus the lines that continue it, joined with spaces. */
function rawValue(raw: string, key: string): string | null {
  const lines = frontMatterLines(raw);
  const start = lines.findIndex((l) => l.startsWith(`${key}:`));
  if (start === -1) return null;
  const parts = [lines[start].slice(key.length + 1)];
  for (const line of lines.slice(start + 1)) {
    if (/^\w+:/.test(line)) break;
    parts.push(line);
  }
  return parts.map((p) => p.trim()).filter(Boolean).join(' ');
}

function expectedTitle(raw: string): string | null {
  let value = rawValue(raw, 'title');
  if (value === null) return null;
  const q = value[0];
  if (value.length >= 2 && (q === '"' || q === "'") && value.endsWith(q)) value = value.slice(1, -1);
  // Ideographic spaces (U+3000) are part of a CJK headline; only ASCII whitespace runs collapse.
  const title = decodeHTML(value).replace(/[ \t\r\n]+/g, ' ').trim();
  return title === '' ? null : title;
}

function expectedDate(raw: string): string | null | undefined {
  const value = rawValue(raw, 'date');
  let ms: number;
  if (value === 'Invalid Date') return null;
  if (value && /^[A-Z][a-z]{2}, \d{2} [A-Z][a-z]{2} \d{4} \d{2}:\d{2}:\d{2} GMT$/.test(value)) ms = Date.parse(value);
  else if (value && /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/.test(value)) ms = Date.parse(`${value.replace(' ', 'T')}Z`);
  else return undefined; // a form this test does not check
  const year = new Date(ms).getUTCFullYear();
  return year >= 1000 && year < 3000 ? new Date(ms).toISOString() : null;
}

describe.skipIf(!existsSync(dir))('real corpus (rsshub-page)', () => {
  const manifest = existsSync(dir) ? readManifest() : new Map<string, string[]>();
  const cases = existsSync(dir) ? loadCases(manifest) : [];

  it('has every file of MANIFEST.tsv, each with its oddities', () => {
    expect(cases.map((c) => c.file)).toEqual([...manifest.keys()].sort());
    expect(cases.length).toBeGreaterThanOrEqual(195);
  });

  /** What each oddity of MANIFEST.tsv must come to, checked on every file that has it. */
  const outcomes: [oddity: string, expected: (c: Case) => unknown, got: (c: Case) => unknown][] = [
    // The generator's blank line before `---` is read as usual: no file is taken for one without front matter.
    ['leading newline', () => false, (c) => codesOf(c).includes('front-matter-missing')],
    ['front matter YAML error', () => ({ kept: true, first: 'yaml-invalid' }), (c) => ({ kept: c.result.post !== null, first: codesOf(c)[0] })],
    // An empty title falls back to the body's text; with no body text either there is nothing to call it.
    ['empty title', (c) => (c.notes.includes('empty body') ? ['title-none'] : ['title-empty']), (c) => codesOf(c).filter((code) => code.startsWith('title-'))],
    ['empty body', () => ({ status: 'skipped', codes: ['title-none'] }), (c) => ({ status: c.result.status, codes: codesOf(c) })],
    ['date other date', () => ({ date: null, unparsed: true }), (c) => ({ date: c.result.post?.date ?? null, unparsed: codesOf(c).includes('date-unparsed') })],
    // No thumbnail and no body image: no picture, and nothing to warn about.
    ['empty thumbnail', (c) => (c.notes.includes('no <img>') ? null : c.result.post?.thumb ?? null), (c) => c.result.post?.thumb ?? null],
    ['empty thumbnail', () => [], (c) => codesOf(c).filter((code) => code === 'image-missing' || code === 'url-invalid')],
  ];

  it.each(outcomes.map(([oddity, expected, got], i) => [oddity, i, expected, got] as const))('%s (%i) comes to what it must', (oddity, _, expected, got) => {
    const files = cases.filter((c) => c.notes.includes(oddity));
    expect(files.length).toBeGreaterThan(0);
    const wrong = files.filter((c) => !isDeepEqual(got(c), expected(c))).map((c) => ({ file: c.file, expected: expected(c), got: got(c) }));
    expect(wrong).toEqual([]);
  });

  it('skips exactly the files with nothing to call the article, and keeps every other', () => {
    const skipped = cases.filter((c) => c.result.status === 'skipped').map((c) => c.file);
    expect(skipped).toEqual(cases.filter((c) => c.notes.includes('empty body') && c.notes.includes('empty title')).map((c) => c.file));
    expect(skipped).toHaveLength(2);
  });

  it('keeps the exact front-matter title of every file that has one', () => {
    const checked = cases.filter((c) => expectedTitle(c.raw) !== null);
    expect(checked.length).toBeGreaterThan(180);
    const wrong = checked
      .filter((c) => c.result.post?.title !== expectedTitle(c.raw))
      .map((c) => ({ file: c.file, expected: expectedTitle(c.raw), got: c.result.post?.title }));
    expect(wrong).toEqual([]);
  });

  it('reads every RFC 1123 and YYYY-MM-DD HH:MM:SS date to the right instant, Invalid Date to null', () => {
    const checked = cases.filter((c) => c.result.post && expectedDate(c.raw) !== undefined);
    expect(checked.length).toBeGreaterThan(185);
    const wrong = checked
      .filter((c) => c.result.post!.date !== expectedDate(c.raw))
      .map((c) => ({ file: c.file, expected: expectedDate(c.raw), got: c.result.post!.date }));
    expect(wrong).toEqual([]);
  });

  it('leaves no active content, comments or styling in any body', () => {
    const bad = cases
      .filter((c) => c.result.post && /<(script|style|iframe|form|input)\b|<!--|\son\w+=|\s(class|style|id)=|javascript:/i.test(c.result.post.html))
      .map((c) => c.file);
    expect(bad).toEqual([]);
  });
});
