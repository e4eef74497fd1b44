/**
 * Writes the XSS test archive: one Hexo post per attack vector, in the feeds' layout, dated a
 * minute apart so the list order is the vector order reversed. Front-matter values are written
 * as YAML double-quoted strings (JSON's escapes are valid YAML), so the payload reaches the
 * pipeline exactly as listed.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { XSS_VECTORS, type XssVector } from './xss-vectors.ts';

/** What the app would show if the bundle carried the payload untouched (no pipeline). */
export interface RawArticleFields {
  title: string;
  author: string;
  thumb: string | null;
  categoryPath: string[];
  html: string;
}

export interface XssPost {
  /** Path inside the archive, as the build report names it. */
  path: string;
  vector: XssVector;
  raw: RawArticleFields;
}

const AUTHOR = '测试源';
const pad = (n: number) => String(n).padStart(3, '0');

function fieldsOf(vector: XssVector, index: number): RawArticleFields {
  return {
    title: vector.title ?? `XSS ${pad(index + 1)} ${vector.family}: ${vector.name}`,
    author: vector.author ?? AUTHOR,
    thumb: vector.thumbnail ?? null,
    categoryPath: [vector.category ?? vector.family],
    html: vector.body ?? `<p>向量 ${pad(index + 1)}：${vector.family} / ${vector.name}</p>`,
  };
}

function postText(fields: RawArticleFields, index: number): string {
  const minutes = index;
  const date = `2024-01-01 ${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}:00`;
  const lines = [
    '---',
    `title: ${JSON.stringify(fields.title)}`,
    'categories:',
    ...fields.categoryPath.map((name) => ` - ${JSON.stringify(name)}`),
    `author: ${JSON.stringify(fields.author)}`,
    'comments: false',
    `date: ${date}`,
    `thumbnail: ${JSON.stringify(fields.thumb ?? '')}`,
    '---',
    '',
    `<div>${fields.html}</div>`,
    '',
  ];
  return lines.join('\n');
}

/** Writes every vector's post below `contentDir` and returns them in vector order. */
export function writeXssArchive(contentDir: string): XssPost[] {
  const dir = path.join(contentDir, 'xss');
  mkdirSync(dir, { recursive: true });
  return XSS_VECTORS.map((vector, index) => {
    const raw = fieldsOf(vector, index);
    const rel = `xss/${pad(index + 1)}.md`;
    writeFileSync(path.join(contentDir, rel), postText(raw, index));
    // The raw body as served is what the post holds after the front matter.
    return { path: rel, vector, raw: { ...raw, html: `<div>${raw.html}</div>` } };
  });
}
