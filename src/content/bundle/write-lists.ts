/**
 * The lists phase: every list (`all` and one per category node), their day counts, the day
 * facets and `index.json`, from the processed posts. In an incremental build only files whose
 * bytes change are written (see `OutputHashes`).
 */
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { ALL_LIST, articlePath, indexPath, listIndexPath, LIST_PAGE_SIZE, type Article, type ArticleSummary, type BundleIndex } from '../../bundle/schema.ts';
import type { ItemResult } from '../process/batch.ts';
import { removeAll } from '../util/remove-all.ts';
import { sha1 } from '../util/sha1.ts';
import { newestFirstOrder, sortTime } from './article-order.ts';
import { buildBundleIndex } from './bundle-index.ts';
import { buildCategoryTree } from './category-tree.ts';
import { countDays, dayFacetsFile, listDaysFile, type DayCounts } from './day-counts.ts';
import { listFiles, type ListMember } from './list-files.ts';
import type { BundleWriter } from './write-bundle.ts';

/**
 * Signatures (list pages: place and ids) and hashes (other list and index files) of the files
 * the previous build wrote (null: write all), and of this build's (null: not kept).
 */
export interface OutputHashes {
  previous: Record<string, string> | null;
  next: Record<string, string> | null;
}

export interface ListsInput {
  outDir: string;
  siteTitle: string;
  archiveTimeZone: string;
  /** Per post, what processing it gave (or the cache kept). */
  results: readonly ItemResult[];
  writer: BundleWriter;
  /** Per post, the category key in its article file; updated when patched. */
  fileCategory: (string | null)[];
  /** Ids whose article file this build wrote; patched ones are added. */
  changed: Set<string>;
  outputs: OutputHashes;
  /** Told the listed articles, newest first, before any list file is written. */
  ordered?: (articles: readonly ArticleSummary[]) => void;
}

export interface WrittenLists {
  articles: number;
  lists: number;
  index: BundleIndex;
  /** Every listed article, newest first. */
  summaries: ArticleSummary[];
}

/** A listed article: its post, its summary, its category path and its sort time. */
interface Included {
  index: number;
  summary: ArticleSummary;
  categoryPath: string[];
  time: number | null;
}

export async function writeListsAndIndex(input: ListsInput): Promise<WrittenLists> {
  const included = listedNewestFirst(input.results);
  const summaries = included.map((article) => article.summary);
  input.ordered?.(summaries);
  const tree = buildCategoryTree(included.map((article) => article.categoryPath));
  const listMembers = await membersOfLists(input, included, tree);
  const { emit, unchanged } = outputWriters(input);
  for (const [key, members] of listMembers) {
    for (const [path, contents] of listFiles(key, members, LIST_PAGE_SIZE, unchanged)) {
      if (path === listIndexPath(key)) await emit(path, contents);
      else await input.writer.write(path, contents);
    }
    await emit(...listDaysFile(key, countDays(members)));
  }
  const index = buildBundleIndex({
    title: input.siteTitle,
    timeZone: input.archiveTimeZone,
    articles: included.map((article) => ({ date: article.summary.date, day: article.summary.day, time: article.time })),
    categories: tree.roots,
    uncategorized: tree.uncategorized,
  });
  await emit(indexPath(), JSON.stringify(index));
  await emit(...dayFacetsFile(index.days.map(([day]) => day), ownDayCounts(summaries)));
  return { articles: included.length, lists: listMembers.size, index, summaries };
}

/** The posts that have an article, newest first. */
function listedNewestFirst(results: readonly ItemResult[]): Included[] {
  const kept = results.filter((result): result is ItemResult & { summary: ArticleSummary } => result.summary !== null);
  const times = kept.map((result) => sortTime(result.summary.date));
  return Array.from(newestFirstOrder(times, kept.map((result) => result.summary.id)), (i) => {
    const { index, summary, categoryPath } = kept[i];
    return { index, summary, categoryPath, time: times[i] };
  });
}

/** The members of every list, by key; sets each summary's category and patches article files that hold another. */
async function membersOfLists(
  input: ListsInput,
  included: readonly Included[],
  tree: ReturnType<typeof buildCategoryTree>,
): Promise<Map<string, ListMember[]>> {
  const listMembers = new Map<string, ListMember[]>([[ALL_LIST, []]]);
  for (const node of tree.nodes) listMembers.set(node.key, []);
  for (let i = 0; i < included.length; i++) {
    const article = included[i];
    const prefixKeys = tree.prefixKeysAt(i);
    const category = prefixKeys.at(-1) ?? null;
    article.summary.category = category;
    if (category !== input.fileCategory[article.index]) {
      // The article file holds another key: the worker writes the collision-free base key, and
      // this category's key had to be lengthened (or a cached file still holds a lengthened one).
      await patchArticleCategory(input.outDir, article.summary.id, category);
      input.fileCategory[article.index] = category;
      input.changed.add(article.summary.id);
    }
    const member = new Member(article.summary);
    listMembers.get(ALL_LIST)!.push(member);
    for (const key of prefixKeys) listMembers.get(key)!.push(member);
  }
  return listMembers;
}

/**
 * `emit` writes a small file when its hash differs from the previous build's; `unchanged` tells
 * a list page that holds the same bytes as before (same place, ids and summaries).
 */
function outputWriters({ outputs: { previous, next }, writer, changed }: ListsInput) {
  const emit = async (path: string, contents: string) => {
    if (next === null) return writer.write(path, contents);
    const hash = sha1(contents);
    next[path] = hash;
    if (previous?.[path] !== hash) await writer.write(path, contents);
  };
  const unchanged = next === null
    ? undefined
    : (path: string, header: string, items: readonly ListMember[]) => {
        const signature = sha1(`${header}:${items.map((item) => item.id).join(',')}`);
        next[path] = signature;
        return previous?.[path] === signature && !items.some((item) => changed.has(item.id));
      };
  return { emit, unchanged };
}

/**
 * An article in the lists, serialized on first use: an incremental build only assembles the
 * pages that changed. (A class, not an object literal with a getter: 100,000 of them are made.)
 */
class Member implements ListMember {
  readonly id: string;
  readonly day: string | null;
  #json: string | undefined;
  constructor(private readonly summary: ArticleSummary) {
    this.id = summary.id;
    this.day = summary.day;
  }
  get json(): string {
    return (this.#json ??= JSON.stringify(this.summary));
  }
}

/** Per category key, the day counts of the articles whose deepest node it is. */
function ownDayCounts(summaries: readonly ArticleSummary[]): Map<string, DayCounts> {
  const byNode = new Map<string, ArticleSummary[]>();
  for (const summary of summaries) {
    if (summary.category === null) continue;
    let members = byNode.get(summary.category);
    if (!members) byNode.set(summary.category, (members = []));
    members.push(summary);
  }
  return new Map([...byNode].map(([key, members]) => [key, countDays(members)]));
}

async function patchArticleCategory(outDir: string, id: string, category: string | null): Promise<void> {
  const file = join(outDir, articlePath(id));
  const article = JSON.parse(await readFile(file, 'utf8')) as Article;
  article.category = category;
  await writeFile(file, JSON.stringify(article));
}

/** Deletes list and index files the previous build wrote and this one did not; a list that is gone goes whole. */
export async function removeStaleOutputs(outDir: string, previous: Record<string, string>, next: Record<string, string>): Promise<void> {
  const listOf = (path: string) => /^lists\/([^/]+)\//.exec(path)?.[1] ?? null;
  const liveLists = new Set(Object.keys(next).map(listOf));
  const gone = new Set<string>();
  const stale: string[] = [];
  for (const path of Object.keys(previous)) {
    if (Object.hasOwn(next, path)) continue;
    const list = listOf(path);
    if (list !== null && !liveLists.has(list)) gone.add(join(outDir, 'lists', list));
    else stale.push(join(outDir, path));
  }
  await removeAll([...gone, ...stale]);
}
