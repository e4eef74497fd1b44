import { useMemo, useState } from 'react';
import type { ArticleSummary, BundleIndex, DayFacets } from '../../../bundle/schema.ts';
import { isRead, type LibraryState, type SweepDays } from '../lib/library-state.ts';
import { readCells, readPerCategory, readPerDay, type ReadCell } from '../lib/read-counts.ts';
import { planUnreadRows, unreadItemAt, pagesOfSegment, segmentOfRow, type UnreadPlan } from '../lib/unread-rows.ts';
import { useKeyedValue } from '../../../lib/use-keyed-value.ts';
import type { Library } from './use-library.ts';

/** Whether the per-day facets are needed to count what is read (only once something was swept). */
export const needsFacets = (state: LibraryState) => state.sweeps.length > 0;

/** Read articles as cells, or null while the facets they need load. */
export function useReadCells(library: Library, state: LibraryState, facets: DayFacets | undefined, index: BundleIndex): ReadCell[] | null {
  const { within } = library;
  return useMemo(
    () => readCells(state, within, facets ?? null, { days: index.days, undated: index.undated }),
    [state, within, facets, index],
  );
}

/** Read counts per category key and for All under the date filter; null while they cannot be known. */
export function useUnreadCounts(library: Library, cells: ReadCell[] | null, days: SweepDays) {
  const { ancestorsOrSelf } = library;
  // The filter object is rebuilt every render; its value is what matters.
  const keptDays = useKeyedValue(days, JSON.stringify(days));
  return useMemo(() => (cells ? readPerCategory(cells, keptDays, ancestorsOrSelf) : null), [cells, keptDays, ancestorsOrSelf]);
}

interface ListTally {
  days: [string, number][];
  undated: number;
}

/**
 * The unread rows of a list. The library is read once when the view opens (and again after a
 * sweep), so an article read from this view stays in place until the view is left.
 */
export function useUnreadRows(library: Library, facets: DayFacets | undefined, index: BundleIndex, listKey: string, tally: ListTally | null, days: SweepDays) {
  const [snapshot, setSnapshot] = useState(library.state);
  if (snapshot.sweeps !== library.state.sweeps) setSnapshot(library.state);
  const cells = useReadCells(library, snapshot, facets, index);
  const { within } = library;
  const keptDays = useKeyedValue(days, JSON.stringify(days));
  const plan: UnreadPlan | null = useMemo(
    () => (cells && tally ? planUnreadRows(tally.days, tally.undated, readPerDay(cells, listKey, within), keptDays) : null),
    [cells, tally, listKey, within, keptDays],
  );
  const rowSource = useMemo(() => {
    if (!plan) return null;
    const isUnread = (item: ArticleSummary) => !isRead(snapshot, item, within);
    return {
      pagesOf: (row: number) => {
        const segment = segmentOfRow(plan, row);
        return segment ? pagesOfSegment(segment, index.pageSize) : [];
      },
      itemAt: (row: number, pageItems: (page: number) => ArticleSummary[] | undefined) =>
        unreadItemAt(plan, row, index.pageSize, pageItems, isUnread),
    };
  }, [plan, snapshot, within, index.pageSize]);
  return plan && rowSource ? { total: plan.total, rowSource } : null;
}
