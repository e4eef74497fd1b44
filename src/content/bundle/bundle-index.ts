/**
 * The root `index.json`: site settings, the category tree, totals and per-day counts.
 */
import { BUNDLE_VERSION, LIST_PAGE_SIZE, type BundleIndex, type CategoryNode } from '../../bundle/schema.ts';
import { compareCodePoints } from './code-point-order.ts';

interface IndexedArticle {
  date: string | null;
  day: string | null;
  time: number | null;
}

export interface IndexInput {
  title: string;
  timeZone: string;
  /** Every article of the bundle, in list order (newest first, undated last). */
  articles: readonly IndexedArticle[];
  categories: CategoryNode[];
  uncategorized: number;
}

export function buildBundleIndex(input: IndexInput): BundleIndex {
  const perDay = new Map<string, number>();
  let undated = 0;
  for (const article of input.articles) {
    if (article.time === null) undated++;
    if (article.day !== null) perDay.set(article.day, (perDay.get(article.day) ?? 0) + 1);
  }
  const dated = input.articles.filter((article) => article.time !== null);
  return {
    version: BUNDLE_VERSION,
    site: { title: input.title, timeZone: input.timeZone },
    total: input.articles.length,
    undated,
    uncategorized: input.uncategorized,
    newest: dated.at(0)?.date ?? null,
    oldest: dated.at(-1)?.date ?? null,
    pageSize: LIST_PAGE_SIZE,
    categories: input.categories,
    days: [...perDay].sort((a, b) => compareCodePoints(a[0], b[0])),
  };
}
