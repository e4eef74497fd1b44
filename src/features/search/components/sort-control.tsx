import { useI18n } from '../../../lib/i18n.ts';
import type { SearchSort } from '../hooks/use-search-results.ts';

/** Newest first or by relevance, beside the result count. */
export function SortControl({ value, onChange }: { value: SearchSort; onChange: (sort: SearchSort) => void }) {
  const { t } = useI18n();
  return (
    <select
      aria-label={t.searchSort}
      value={value}
      onChange={(event) => onChange(event.currentTarget.value === 'relevance' ? 'relevance' : 'newest')}
      className="rounded-md border border-zinc-300 bg-white px-2 py-1 text-sm dark:border-zinc-700 dark:bg-zinc-900"
    >
      <option value="newest">{t.searchSortNewest}</option>
      <option value="relevance">{t.searchSortRelevance}</option>
    </select>
  );
}
