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

/** The pages needed to know both neighbours of a position: the page before or after at an edge. */
export function pagesAroundPosition(position: ListPosition, pageLength: number, pageCount: number): number[] {
  const pages = [position.page];
  if (position.index === 0 && position.page > 0) pages.unshift(position.page - 1);
  if (position.index === pageLength - 1 && position.page < pageCount - 1) pages.push(position.page + 1);
  return pages;
}

export interface Neighbours {
  /** The item above in the list (newer), or null at the top or while its page loads. */
  previous: ArticleSummary | null;
  /** The item below in the list (older), or null at the end or while its page loads. */
  next: ArticleSummary | null;
}

export function neighboursAt(loaded: ReadonlyMap<number, ArticleSummary[]>, position: ListPosition): Neighbours {
  const items = loaded.get(position.page) ?? [];
  const previous = position.index > 0
    ? items[position.index - 1]
    : loaded.get(position.page - 1)?.at(-1) ?? null;
  const next = position.index < items.length - 1
    ? items[position.index + 1]
    : loaded.get(position.page + 1)?.[0] ?? null;
  return { previous, next };
}
