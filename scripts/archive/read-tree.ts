/** Reads a generated archive back, for tests: every file with its path, bytes and a tree hash. */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

export interface TreeFile {
  /** Path relative to the root, forward slashes. */
  path: string;
  bytes: Buffer;
}

export function readTree(root: string): TreeFile[] {
  const files: TreeFile[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else files.push({ path: path.relative(root, full).split(path.sep).join('/'), bytes: readFileSync(full) });
    }
  };
  walk(root);
  // Code-point order, so the hash does not depend on the locale or the file system.
  return files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

/** SHA-256 over every path and content, in path order. */
export function hashTree(files: readonly TreeFile[]): string {
  const hash = createHash('sha256');
  for (const f of files) {
    hash.update(f.path).update('\0').update(String(f.bytes.length)).update('\0').update(f.bytes);
  }
  return hash.digest('hex');
}

/** The text of a post without BOM and with LF line ends, so tests can read any post alike. */
export function normalisedText(bytes: Buffer): string {
  return bytes.toString('utf8').replace(/^\uFEFF/, '').replace(/\r\n/g, '\n');
}

/** Front matter lines between the opening and closing `---`, or null when there is none. */
export function frontMatterLines(text: string): string[] | null {
  const m = /^\n?---\n([\s\S]*?)\n---\n/.exec(text);
  return m ? m[1].split('\n') : null;
}

/** Category list items (raw text after `- `, null for an empty item) of a post's front matter. */
export function categoryItems(lines: readonly string[]): (string | null)[] {
  const start = lines.findIndex((l) => l.startsWith('categories:'));
  const items: (string | null)[] = [];
  for (let i = start + 1; i < lines.length; i++) {
    const m = /^ +- ?(.*)$/.exec(lines[i]);
    if (!m) break;
    const value = m[1].trim();
    items.push(value === '' ? null : value);
  }
  return items;
}

/** The `date:` value of a post's front matter. */
export function dateField(lines: readonly string[]): string | undefined {
  return lines.find((l) => l.startsWith('date: '))?.slice(6);
}

/** Parses the two date formats of the archives (naive ones as UTC, see formatNaive); NaN otherwise. */
export function parseArchiveDate(value: string): number {
  if (/^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d$/.test(value)) return Date.parse(`${value.replace(' ', 'T')}Z`);
  if (/^[A-Z][a-z]{2}, \d\d [A-Z][a-z]{2} \d{4} \d\d:\d\d:\d\d GMT$/.test(value)) return Date.parse(value);
  return Number.NaN;
}
