import type { ArticleSummary } from '../../../bundle/schema.ts';
import { useI18n } from '../../../lib/i18n.ts';
import type { Library } from '../hooks/use-library.ts';
import { StarIcon } from './star-icon.tsx';

const buttonClass =
  'inline-flex items-center gap-1.5 rounded-md border border-zinc-300 px-2.5 py-1 text-sm font-medium text-zinc-700 hover:bg-zinc-100 aria-pressed:border-amber-400 aria-pressed:bg-amber-50 aria-pressed:text-amber-900 dark:border-zinc-700 dark:text-zinc-200 dark:hover:bg-zinc-800 dark:aria-pressed:border-amber-500/60 dark:aria-pressed:bg-amber-950/40 dark:aria-pressed:text-amber-100';

/** The open article's star and read toggles (keys `s` and `m` do the same). */
export function ReaderActions({ article, library }: { article: ArticleSummary; library: Library }) {
  const { t } = useI18n();
  const starred = library.isStarred(article.id);
  const read = library.isRead(article);
  return (
    <>
      <button type="button" aria-pressed={starred} className={buttonClass} onClick={() => library.toggleStar(article)}>
        <StarIcon filled={starred} />
        {starred ? t.unstar : t.star}
      </button>
      <button type="button" className={buttonClass} onClick={() => library.toggleRead(article)}>
        {read ? t.markUnread : t.markRead}
      </button>
    </>
  );
}
