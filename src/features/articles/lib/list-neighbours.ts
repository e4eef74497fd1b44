import type { ArticleSummary, ListIndex } from '../../../bundle/schema.ts';

/**
 * Pages of a list that may hold an article of day `day` (YYYY-MM-DD, or null when undated).
 * Lists run newest first with undated articles last, so a page spans [newest, oldest] days and
 * a null `oldest` means the page runs into the undated tail.
 */
export function candidatePages(pages: ListIndex['pages'], day: string | null): number[] {
  const found: number[] = [];
  pages.forEach(([newest, oldest], page) => {
    const holds = day === null
      ? oldest === null
      : newest !== null && newest >= day && (oldest === null || oldest <= day);
    if (holds) found.push(page);
  });
  return found;
}

interface ListPosition {
  page: number;
  index: number;
}

/** Where `id` sits among the loaded pages (page number → items), or null when not loaded. */
export function locateInPages(loaded: ReadonlyMap<number, ArticleSummary[]>, id: string): ListPosition | null {
  for (const [page, items] of loaded) {
    const index = items.findIndex((item) => item.id === id);
    if (index >= 0) return { page, index };
  }
  return null;
}

/**
 * The pages needed to know both neighbours of a position: the page before or after at an edge,
 * or both whenever `skipping` (neighbours that skip articles may lie on either).
 */
export function pagesAroundPosition(position: ListPosition, pageLength: number, pageCount: number, skipping = false): number[] {
  const pages = [position.page];
  if ((skipping || position.index === 0) && position.page > 0) pages.unshift(position.page - 1);
  if ((skipping || position.index === pageLength - 1) && position.page < pageCount - 1) pages.push(position.page + 1);
  return pages;
}

export interface Neighbours {
  /** The item above in the list (newer), or null at the top or while its page loads. */
  previous: ArticleSummary | null;
  /** The item below in the list (older), or null at the end or while its page loads. */
  next: ArticleSummary | null;
}

/** The first item from `position` going `step` rows that `keep` keeps, across loaded pages. */
function walk(loaded: ReadonlyMap<number, ArticleSummary[]>, position: ListPosition, step: 1 | -1, keep: (item: ArticleSummary) => boolean): ArticleSummary | null {
  let { page, index } = position;
  for (;;) {
    index += step;
    let items = loaded.get(page);
    if (!items) return null;
    if (index < 0 || index >= items.length) {
      page += step;
      items = loaded.get(page);
      if (!items?.length) return null;
      index = step > 0 ? 0 : items.length - 1;
    }
    if (keep(items[index])) return items[index];
  }
}

/** The nearest items above and below `position` that `keep` keeps (every item by default). */
export function neighboursAt(loaded: ReadonlyMap<number, ArticleSummary[]>, position: ListPosition, keep: (item: ArticleSummary) => boolean = () => true): Neighbours {
  return { previous: walk(loaded, position, -1, keep), next: walk(loaded, position, 1, keep) };
}

/** The items before and after `id` in `items` (a list held whole, such as Starred). */
export function neighboursIn(items: readonly ArticleSummary[], id: string): Neighbours {
  const at = items.findIndex((item) => item.id === id);
  return at < 0 ? { previous: null, next: null } : { previous: items[at - 1] ?? null, next: items[at + 1] ?? null };
}
