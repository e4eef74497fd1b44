import { Link } from '@tanstack/react-router';
import { useI18n } from '../../../lib/i18n.ts';

/** Unknown article, category or address: say which, and offer the way home. Its title is the page's h1. */
export function NotFoundView({ title, hint }: { title: string; hint: string }) {
  const { t } = useI18n();
  return (
    <div className="mx-auto flex max-w-md flex-col items-center gap-3 px-6 py-16 text-center">
      <p aria-hidden="true" className="text-5xl font-bold text-zinc-500 dark:text-zinc-500">404</p>
      <h1 className="text-lg font-semibold">{title}</h1>
      <p className="text-sm text-zinc-600 dark:text-zinc-400">{hint}</p>
      <Link
        to="/"
        className="mt-2 rounded-md bg-sky-700 px-4 py-2 text-sm font-medium text-white hover:bg-sky-800 dark:bg-sky-500 dark:text-zinc-950 dark:hover:bg-sky-400"
      >
        {t.backHome}
      </Link>
    </div>
  );
}
