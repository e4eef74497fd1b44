import { useQueries, useQuery } from '@tanstack/react-query';
import { ALL_LIST, type ArticleSummary } from '../../../bundle/schema.ts';
import { listIndexQueryOptions } from '../api/get-list-index.ts';
import { listPageQueryOptions } from '../../../data/list-pages.ts';
import { candidatePages, locateInPages, type Neighbours } from '../lib/list-neighbours.ts';

const NONE: Neighbours = { previous: null, next: null };

/**
 * The articles before and after `id` among `rows` (rows of the `all` list in any order, e.g.
 * ranked search results; null: none). The article's own row is found from its day like
 * `useListNeighbours` does, so a deep link works. Never suspends.
 */
export function useRowNeighbours(rows: Int32Array | null, id: string, day: string | null): Neighbours {
  const listIndex = useQuery({ ...listIndexQueryOptions(ALL_LIST), enabled: rows !== null }).data;
  const candidates = rows && listIndex ? candidatePages(listIndex.pages, day) : [];
  const found = useQueries({ queries: candidates.map((page) => listPageQueryOptions(ALL_LIST, page)) });
  const loaded = new Map<number, ArticleSummary[]>();
  candidates.forEach((page, i) => {
    const items = found[i].data?.items;
    if (items) loaded.set(page, items);
  });
  const position = locateInPages(loaded, id);
  const pageSize = listIndex?.pageSize ?? 1;
  const at = rows && position ? rows.indexOf(position.page * pageSize + position.index) : -1;
  const previousRow = rows && at > 0 ? rows[at - 1] : null;
  const nextRow = rows && at >= 0 && at < rows.length - 1 ? rows[at + 1] : null;
  const wanted = [previousRow, nextRow].map((row) => (row === null ? null : Math.floor(row / pageSize)));
  const pages = [...new Set(wanted.filter((page): page is number => page !== null))];
  const around = useQueries({ queries: pages.map((page) => listPageQueryOptions(ALL_LIST, page)) });
  const itemAt = (row: number | null): ArticleSummary | null => {
    if (row === null) return null;
    const page = Math.floor(row / pageSize);
    return around[pages.indexOf(page)]?.data?.items[row - page * pageSize] ?? null;
  };
  return at < 0 ? NONE : { previous: itemAt(previousRow), next: itemAt(nextRow) };
}
