import { useI18n } from '../../../lib/i18n.ts';

/** The results area when the search index could not be had: says so, with a retry. */
export function SearchFailed({ onRetry }: { onRetry: () => void }) {
  const { t } = useI18n();
  return (
    <div className="flex flex-1 flex-col items-center justify-center gap-3 p-6 text-sm text-zinc-600 dark:text-zinc-400">
      <p role="alert">{t.searchFailed}</p>
      <button
        type="button"
        className="rounded-md border border-zinc-300 px-3 py-1 font-medium hover:bg-zinc-100 dark:border-zinc-700 dark:hover:bg-zinc-800"
        onClick={onRetry}
      >
        {t.retry}
      </button>
    </div>
  );
}
