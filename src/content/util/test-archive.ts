/**
 * Test support: writes small Hexo archives into temporary folders and fingerprints output
 * trees. Posts are in the archive's real format (YAML front matter, HTML body).
 */
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

export interface PostFixture {
  title: string;
  /** `YYYY-MM-DD HH:MM:SS` (read in SOURCE_TZ) or omitted for an undated post. */
  date?: string;
  categories?: string[];
  body?: string;
}

function postText({ title, date, categories = [], body = '<p>正文</p>' }: PostFixture): string {
  const lines = ['---', `title: '${title.replace(/'/g, "''")}'`];
  if (categories.length > 0) lines.push('categories:', ...categories.map((name) => ` - ${name}`));
  lines.push('author: 测试', 'comments: false');
  if (date) lines.push(`date: ${date}`);
  lines.push('---', '', body, '');
  return lines.join('\n');
}

export function tempDir(label: string): string {
  return mkdtempSync(join(tmpdir(), `content-${label}-`));
}

/** Writes `files` (relative path -> post or raw text) below `root`. */
export function writeArchive(root: string, files: Record<string, PostFixture | string>): void {
  for (const [rel, post] of Object.entries(files)) {
    const file = join(root, rel);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, typeof post === 'string' ? post : postText(post));
  }
}

/** Relative path -> sha256 of every file below `root`, sorted by path. */
export function treeHashes(root: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (dir: string, rel: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const childRel = rel ? `${rel}/${entry.name}` : entry.name;
      if (entry.isDirectory()) walk(join(dir, entry.name), childRel);
      else out[childRel] = createHash('sha256').update(readFileSync(join(dir, entry.name))).digest('hex');
    }
  };
  walk(root, '');
  return out;
}

export function readJson<T = unknown>(root: string, rel: string): T {
  return JSON.parse(readFileSync(join(root, rel), 'utf8')) as T;
}
