import type { ReactNode } from 'react';
import { useI18n } from '../../../lib/i18n.ts';

/** The list's title (category name or "All"), how many articles it holds, and the view's controls. */
export function ListHeader({
  title,
  count,
  countText,
  busy = false,
  actions,
}: {
  title: string;
  count: number | null;
  /** Replaces "N 篇" (e.g. "N 条结果" under a search). */
  countText?: string;
  busy?: boolean;
  actions?: ReactNode;
}) {
  const { t } = useI18n();
  return (
    <header className="border-b border-zinc-200 px-4 py-3 dark:border-zinc-800">
      <div className="mx-auto flex max-w-[calc(48rem-2rem)] flex-wrap items-center gap-x-3 gap-y-2">
        <div className="flex min-w-0 items-baseline gap-3">
          <h2 className="min-w-0 truncate text-lg font-semibold">{title}</h2>
          {count !== null && (
            <span aria-live="polite" aria-busy={busy || undefined} className={`shrink-0 text-sm text-zinc-500 dark:text-zinc-400 ${busy ? 'opacity-60' : ''}`}>
              {countText ?? t.articleCount(count)}
            </span>
          )}
        </div>
        {actions && <div className="ml-auto">{actions}</div>}
      </div>
    </header>
  );
}
