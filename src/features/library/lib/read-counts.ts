/**
 * How many articles are read, per category and per day, without loading any list page.
 *
 * Exact as long as the stored marks describe articles of this build: a read mark keeps the
 * article's category key and day, and a sweep's articles are counted from the per-day facets
 * (`facets/days.json`, each category's own articles per day). Marks of articles that a rebuild
 * removed or moved still count, so every unread count is clamped at 0.
 */
import { ALL_LIST, type CategoryNode, type DayFacets } from '../../../bundle/schema.ts';
import { daysKeep, sweepCovers, type LibraryState, type Mark, type SweepDays, type WithinList } from './library-state.ts';

/** Read articles of one (own category, day) cell; `n` may be negative (an unread mark inside a sweep). */
export interface ReadCell {
  c: string | null;
  d: string | null;
  n: number;
}

interface ArchiveCounts {
  /** Per-day counts of the whole archive (`index.days`) and its undated articles. */
  days: [string, number][];
  undated: number;
}

/**
 * Every read article as cells. Needs the facets only when there are sweeps; returns null while
 * they are needed and not loaded.
 */
export function readCells(state: LibraryState, within: WithinList, facets: DayFacets | null, archive: ArchiveCounts): ReadCell[] | null {
  const cells: ReadCell[] = [];
  const covered = (mark: Mark) => state.sweeps.some((sweep) => sweepCovers(sweep, mark, within));
  if (state.sweeps.length > 0) {
    if (!facets) return null;
    // Own articles of every category, per day; what is left of a day belongs to no category.
    const categorized = new Map<string, number>();
    let categorizedUndated = 0;
    for (const [key, pairs] of Object.entries(facets.counts)) {
      let at = 0;
      for (let i = 0; i < pairs.length; i += 2) {
        at += pairs[i];
        const d = facets.days[at];
        categorized.set(d, (categorized.get(d) ?? 0) + pairs[i + 1]);
        if (covered({ c: key, d })) cells.push({ c: key, d, n: pairs[i + 1] });
      }
    }
    for (const [key, n] of Object.entries(facets.undated)) {
      categorizedUndated += n;
      if (covered({ c: key, d: null })) cells.push({ c: key, d: null, n });
    }
    for (const [d, n] of archive.days) {
      const rest = n - (categorized.get(d) ?? 0);
      if (rest > 0 && covered({ c: null, d })) cells.push({ c: null, d, n: rest });
    }
    const restUndated = archive.undated - categorizedUndated;
    if (restUndated > 0 && covered({ c: null, d: null })) cells.push({ c: null, d: null, n: restUndated });
  }
  for (const mark of Object.values(state.read)) if (!covered(mark)) cells.push({ ...mark, n: 1 });
  for (const mark of Object.values(state.unread)) if (covered(mark)) cells.push({ ...mark, n: -1 });
  return cells;
}

/** Read articles in the whole archive and per category key (the node and its subtree). */
export interface ReadCounts {
  all: number;
  byKey: Map<string, number>;
}

/** Read articles per category key (the node and its subtree) and in the whole archive, under `days`. */
export function readPerCategory(
  cells: readonly ReadCell[],
  days: SweepDays,
  ancestorsOrSelf: (key: string) => readonly string[],
): ReadCounts {
  const byKey = new Map<string, number>();
  let all = 0;
  for (const cell of cells) {
    if (!daysKeep(days, cell.d)) continue;
    all += cell.n;
    if (cell.c === null) continue;
    for (const key of ancestorsOrSelf(cell.c)) byKey.set(key, (byKey.get(key) ?? 0) + cell.n);
  }
  return { all, byKey };
}

/** Read articles in the list `listKey` (`all`, or a category key with its subtree). */
export function readIn(counts: ReadCounts, listKey: string): number {
  return listKey === ALL_LIST ? counts.all : counts.byKey.get(listKey) ?? 0;
}

/** Read articles of one list per day (`null` = undated). */
export function readPerDay(cells: readonly ReadCell[], listKey: string, within: WithinList): Map<string | null, number> {
  const byDay = new Map<string | null, number>();
  for (const cell of cells) if (within(listKey, cell.c)) byDay.set(cell.d, (byDay.get(cell.d) ?? 0) + cell.n);
  return byDay;
}

/** `within` and `ancestorsOrSelf` for a category tree. */
export function treeRelations(roots: readonly CategoryNode[]): { within: WithinList; ancestorsOrSelf: (key: string) => readonly string[] } {
  const chains = new Map<string, string[]>();
  const visit = (node: CategoryNode, above: string[]) => {
    const chain = [...above, node.key];
    chains.set(node.key, chain);
    node.children.forEach((child) => visit(child, chain));
  };
  roots.forEach((root) => visit(root, []));
  return {
    within: (listKey, categoryKey) =>
      listKey === 'all' || (categoryKey !== null && (chains.get(categoryKey)?.includes(listKey) ?? false)),
    ancestorsOrSelf: (key) => chains.get(key) ?? [],
  };
}
