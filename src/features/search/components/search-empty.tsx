import { useI18n } from '../../../lib/i18n.ts';

interface SearchEmptyProps {
  q: string;
  /** Present when a category narrows the search. */
  onClearCategory?: () => void;
  /** Present when a date filter narrows the search. */
  onClearDates?: () => void;
  onClearQuery: () => void;
}

/** No article matches: says so, and offers the ways to widen the search. */
export function SearchEmpty({ q, onClearCategory, onClearDates, onClearQuery }: SearchEmptyProps) {
  const { t } = useI18n();
  const button =
    'rounded-md border border-zinc-300 px-3 py-1.5 text-sm font-medium text-zinc-700 hover:bg-zinc-100 dark:border-zinc-700 dark:text-zinc-200 dark:hover:bg-zinc-800';
  return (
    <div className="flex flex-1 flex-col items-center justify-center gap-3 px-6 py-16 text-center text-zinc-500 dark:text-zinc-400">
      <svg aria-hidden="true" viewBox="0 0 48 48" className="size-12 text-zinc-300 dark:text-zinc-700">
        <circle cx="21" cy="21" r="13" fill="none" stroke="currentColor" strokeWidth="2.5" />
        <path d="m31 31 10 10M16 21h10" stroke="currentColor" strokeWidth="2.5" strokeLinecap="round" />
      </svg>
      <p className="max-w-full font-medium break-words text-zinc-700 dark:text-zinc-300">{t.noResults(q.length > 60 ? `${q.slice(0, 60)}…` : q)}</p>
      <p className="text-sm">{t.noResultsHint}</p>
      <div className="flex flex-wrap justify-center gap-2">
        {onClearCategory && (
          <button type="button" className={button} onClick={onClearCategory}>
            {t.searchAllCategories}
          </button>
        )}
        {onClearDates && (
          <button type="button" className={button} onClick={onClearDates}>
            {t.searchAllDates}
          </button>
        )}
        <button type="button" className={button} onClick={onClearQuery}>
          {t.clearSearch}
        </button>
      </div>
    </div>
  );
}
