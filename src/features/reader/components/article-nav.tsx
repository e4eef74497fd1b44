import { Link } from '@tanstack/react-router';
import type { ArticleSummary } from '../../../bundle/schema.ts';
import { useI18n } from '../../../lib/i18n.ts';

/** Links to the articles above and below this one in the current list, filters kept. */
export function ArticleNav({ previous, next }: { previous: ArticleSummary | null; next: ArticleSummary | null }) {
  const { t } = useI18n();
  if (!previous && !next) return null;
  return (
    <nav aria-label={t.articleNav} className="mt-12 grid gap-3 border-t border-zinc-200 pt-6 sm:grid-cols-2 dark:border-zinc-800">
      {previous ? <NavLink item={previous} label={t.previous} direction="previous" /> : <span />}
      {next && <NavLink item={next} label={t.next} direction="next" />}
    </nav>
  );
}

function NavLink({ item, label, direction }: { item: ArticleSummary; label: string; direction: 'previous' | 'next' }) {
  const { t } = useI18n();
  return (
    <Link
      to="/articles/$id"
      params={{ id: item.id }}
      search={true}
      rel={direction === 'previous' ? 'prev' : 'next'}
      className={`group flex flex-col gap-1 rounded-lg border border-zinc-200 px-4 py-3 hover:border-sky-400 hover:bg-sky-50/60 dark:border-zinc-800 dark:hover:border-sky-700 dark:hover:bg-sky-950/40 ${
        direction === 'next' ? 'sm:col-start-2 sm:text-right' : ''
      }`}
    >
      <span className="text-xs font-medium text-zinc-500 dark:text-zinc-400">
        {direction === 'previous' ? `← ${label}` : `${label} →`}
      </span>
      <span className="line-clamp-2 text-sm font-medium text-zinc-800 group-hover:text-sky-800 dark:text-zinc-200 dark:group-hover:text-sky-200">
        {item.title.trim() || t.untitled}
      </span>
    </Link>
  );
}
