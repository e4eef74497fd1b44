import { Link } from '@tanstack/react-router';
import { useI18n } from '../../../lib/i18n.ts';
import { formatCount } from '../../../lib/format-count.ts';
import { StarIcon } from './star-icon.tsx';

/** The sidebar's way into the Starred view, with how many articles are starred. */
export function StarredLink({ count, active, onSelect }: { count: number; active: boolean; onSelect?: () => void }) {
  const { t, locale } = useI18n();
  return (
    <div className="px-2 pt-2">
      <Link
        to="/"
        search={{ starred: 1 }}
        aria-current={active ? 'page' : undefined}
        onClick={onSelect}
        className={`flex items-center gap-2 rounded-md px-2 py-1.5 text-sm outline-offset-[-2px] ${
          active
            ? 'bg-sky-100 font-medium text-sky-900 dark:bg-sky-900/50 dark:text-sky-100'
            : 'text-zinc-700 hover:bg-zinc-100 dark:text-zinc-300 dark:hover:bg-zinc-800/70'
        }`}
      >
        <StarIcon filled={count > 0} />
        <span className="truncate">{t.starred}</span>
        <span className="ml-auto shrink-0 pl-2 text-xs tabular-nums text-zinc-500 dark:text-zinc-400">{formatCount(count, locale)}</span>
      </Link>
    </div>
  );
}
