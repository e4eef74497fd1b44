import { formatDayRange } from '../../../lib/format-date.ts';
import { useI18n } from '../../../lib/i18n.ts';

/** The list area when a date filter keeps no article: says so, and how to get them back. */
export function EmptyRange({ archiveSpan, onClear }: { archiveSpan: { first: string; last: string } | null; onClear: () => void }) {
  const { t, locale } = useI18n();
  return (
    <div className="flex flex-1 flex-col items-center justify-center gap-3 px-6 py-16 text-center text-zinc-500 dark:text-zinc-400">
      <svg aria-hidden="true" viewBox="0 0 48 48" className="size-12 text-zinc-300 dark:text-zinc-700">
        <rect x="7" y="10" width="34" height="30" rx="4" fill="none" stroke="currentColor" strokeWidth="2.5" />
        <path d="M7 19h34M16 6v8M32 6v8M19 27l10 8M29 27l-10 8" stroke="currentColor" strokeWidth="2.5" strokeLinecap="round" />
      </svg>
      <p className="font-medium text-zinc-700 dark:text-zinc-300">{t.emptyRange}</p>
      {archiveSpan && <p className="text-sm">{t.archiveSpan(formatDayRange(archiveSpan.first, archiveSpan.last, locale))}</p>}
      <button
        type="button"
        onClick={onClear}
        className="rounded-md border border-zinc-300 px-3 py-1.5 text-sm font-medium text-zinc-700 hover:bg-zinc-100 dark:border-zinc-700 dark:text-zinc-200 dark:hover:bg-zinc-800"
      >
        {t.clearDates}
      </button>
    </div>
  );
}
