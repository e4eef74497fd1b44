/**
 * Expected values for the end-to-end tests, read from the built bundle on disk (`dist/data`)
 * and the build report: the tests never hard-code ids, titles or counts.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  ALL_LIST,
  articlePath,
  indexPath,
  listIndexPath,
  listPagePath,
  type Article,
  type ArticleSummary,
  type BundleIndex,
  type CategoryNode,
  type ContentReport,
  type ListIndex,
  type ListPage,
} from '../../src/bundle/schema.ts';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const dataDir = path.join(repoRoot, 'dist/data');

function readJson<T>(file: string): T {
  if (!existsSync(file)) throw new Error(`${file} is missing: run \`npm run build\` before the end-to-end tests`);
  return JSON.parse(readFileSync(file, 'utf8')) as T;
}

export function readIndex(): BundleIndex {
  return readJson<BundleIndex>(path.join(dataDir, indexPath()));
}

/** Every item of a list (`all` or a category key), in list order, across all its pages. */
export function readListItems(listKey: string = ALL_LIST): ArticleSummary[] {
  const { pages } = readJson<ListIndex>(path.join(dataDir, listIndexPath(listKey)));
  return pages.flatMap((_, page) => readJson<ListPage>(path.join(dataDir, listPagePath(listKey, page))).items);
}

export function readArticle(id: string): Article {
  return readJson<Article>(path.join(dataDir, articlePath(id)));
}

export function articleExists(id: string): boolean {
  return existsSync(path.join(dataDir, articlePath(id)));
}

/** The build report (`CONTENT_REPORT`, default `content-report.json`). */
export function readReport(): ContentReport {
  return readJson<ContentReport>(path.join(repoRoot, process.env.CONTENT_REPORT ?? 'content-report.json'));
}

/** The raw text of an archive file, by its report path (relative to `CONTENT_DIR`). */
export function readSourceFile(reportPath: string): string {
  return readFileSync(path.resolve(repoRoot, process.env.CONTENT_DIR ?? 'content', reportPath), 'utf8');
}

/** The text of a file of the build, by its site URL (`/assets/…`). */
export function distFileText(url: string): string {
  return readFileSync(path.join(repoRoot, 'dist', decodeURIComponent(url)), 'utf8');
}

/** Whether a site URL (`/data/assets/…`) names a file of the build. */
export function distFileExists(url: string): boolean {
  return existsSync(path.join(repoRoot, 'dist', decodeURIComponent(url)));
}

/** Every node of the tree, parents before children, siblings in tree order. */
export function allNodes(index: BundleIndex = readIndex()): CategoryNode[] {
  const out: CategoryNode[] = [];
  const visit = (node: CategoryNode) => {
    out.push(node);
    node.children.forEach(visit);
  };
  index.categories.forEach(visit);
  return out;
}

/** The node at `level` (1 = top) holding the most articles: the richest list to check. */
export function largestNodeAtLevel(level: number): CategoryNode {
  const found = allNodes().filter((node) => node.path.length === level).sort((a, b) => b.count - a.count)[0];
  if (!found) throw new Error(`the demo bundle has no category at level ${level}`);
  return found;
}

/** The `category` URL value of a name path: `/` between names, `\/` and `\\` inside them. */
export function categoryParam(namePath: readonly string[]): string {
  return namePath.map((name) => name.replace(/\\/g, '\\\\').replace(/\//g, '\\/')).join('/');
}

/** An app URL that types the category param as a person would paste it (percent-encoded). */
export function listUrl(namePath: readonly string[]): string {
  return `/?category=${encodeURIComponent(categoryParam(namePath))}`;
}

export function articleUrl(id: string, namePath?: readonly string[]): string {
  return namePath ? `/articles/${id}?category=${encodeURIComponent(categoryParam(namePath))}` : `/articles/${id}`;
}
