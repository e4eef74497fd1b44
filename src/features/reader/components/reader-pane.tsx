import type { ReactNode } from 'react';
import { Link } from '@tanstack/react-router';
import { useI18n } from '../../../lib/i18n.ts';
import { CloseIcon } from '../../../lib/close-icon.tsx';

/**
 * The reading column: its own scroll area, with a way back to the list (a back link on narrow
 * screens where the reader takes the whole width, a close button beside the list on wide ones).
 * The scroll area takes focus (features/keyboard's `data-reader-scroll` contract), so the
 * browser's scrolling keys page the article.
 */
export function ReaderPane({ children }: { children: ReactNode }) {
  const { t } = useI18n();
  return (
    <div
      data-reader-scroll=""
      tabIndex={-1}
      className="h-full min-w-0 flex-1 overflow-y-auto bg-white outline-none focus-visible:ring-2 focus-visible:ring-sky-500/50 focus-visible:ring-inset dark:bg-zinc-950"
    >
      <div className="sticky top-0 z-10 flex items-center justify-between border-b border-zinc-200/80 bg-white/90 px-3 py-1.5 backdrop-blur md:border-none md:bg-transparent md:backdrop-blur-none dark:border-zinc-800/80 dark:bg-zinc-950/90 md:dark:bg-transparent">
        <Link
          to="/"
          search={true}
          className="inline-flex items-center gap-1 rounded-md px-2 py-1.5 text-sm font-medium text-sky-700 hover:bg-sky-50 md:hidden dark:text-sky-300 dark:hover:bg-sky-950"
        >
          <svg aria-hidden="true" viewBox="0 0 20 20" className="size-4">
            <path d="M12.5 4 6.5 10l6 6" fill="none" stroke="currentColor" strokeWidth="1.8" strokeLinecap="round" strokeLinejoin="round" />
          </svg>
          {t.backToList}
        </Link>
        <Link
          to="/"
          search={true}
          aria-label={t.closeArticle}
          title={t.closeArticle}
          className="ml-auto hidden size-8 place-items-center rounded-md text-zinc-500 hover:bg-zinc-100 hover:text-zinc-800 md:grid dark:text-zinc-400 dark:hover:bg-zinc-800 dark:hover:text-zinc-100"
        >
          <CloseIcon />
        </Link>
      </div>
      {children}
    </div>
  );
}
