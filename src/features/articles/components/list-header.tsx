import type { ReactNode } from 'react';
import { useI18n } from '../../../lib/i18n.ts';

/** The list's title (category name or "All"), how many articles it holds, and the view's controls. */
export function ListHeader({
  title,
  count,
  countText,
  busy = false,
  actions,
  primary,
}: {
  title: string;
  count: number | null;
  /** Replaces "N 篇" (e.g. "N 条结果" under a search). */
  countText?: string;
  busy?: boolean;
  actions?: ReactNode;
  /** The page's main heading (h1): true unless an open article beside the list has it. */
  primary: boolean;
}) {
  const { t } = useI18n();
  const Heading = primary ? 'h1' : 'h2';
  return (
    <header className="border-b border-zinc-200 px-4 py-3 dark:border-zinc-800">
      <div className="mx-auto flex max-w-[calc(48rem-2rem)] flex-wrap items-center gap-x-3 gap-y-2">
        <div className="flex min-w-0 items-baseline gap-3">
          <Heading className="min-w-0 truncate text-lg font-semibold">{title}</Heading>
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
