import { memo, type ReactNode } from 'react';
import type { ArticleSummary } from '../../../bundle/schema.ts';
import { AppLink } from '../../../lib/app-link.tsx';
import { formatListDate } from '../../../lib/format-date.ts';
import { useI18n } from '../../../lib/i18n.ts';
import { ArticleThumb } from './article-thumb.tsx';

interface ArticleListItemProps {
  item: ArticleSummary;
  source: string;
  active: boolean;
  timeZone: string;
  now: number;
  /** Read articles have a quieter title; starred ones a star. */
  read?: boolean;
  starred?: boolean;
  /** How the title and excerpt are drawn; plain text by default. */
  renderText?: (text: string) => ReactNode;
  /** The article's address, with the list's search (its category, dates, query) so it opens beside the same list. */
  href: string;
  /** One level below the list's name: h2 under the page's h1, h3 beside an open article. */
  headingLevel: 2 | 3;
}

const plainText = (text: string): ReactNode => text;

/**
 * Memoized on plain values (the item object comes from the query cache and stays the same): a
 * navigation, such as opening an article, re-renders only the rows whose marks or active state
 * it changes, not every visible row.
 */
export const ArticleListItem = memo(function ArticleListItem({ item, source, active, timeZone, now, read = false, starred = false, renderText = plainText, href, headingLevel }: ArticleListItemProps) {
  const { t, locale } = useI18n();
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const title = item.title.trim() || t.untitled;
  return (
    <AppLink
      href={href}
      to={{ to: '/articles/$id', params: { id: item.id }, search: true }}
      aria-current={active ? 'true' : undefined}
      data-article-id={item.id}
      className={`flex h-full gap-3 border-b border-zinc-100 px-4 py-3 outline-offset-[-2px] dark:border-zinc-800/80 ${
        active
          ? 'bg-sky-50 shadow-[inset_3px_0_0_var(--color-sky-500)] dark:bg-sky-950/50'
          : 'hover:bg-zinc-50 dark:hover:bg-zinc-900'
      }`}
    >
      <ArticleThumb src={item.thumb} text={title} seed={item.category ?? source} />
      <div className="flex min-w-0 flex-1 flex-col overflow-hidden">
        <div className="mb-0.5 flex min-w-0 items-center gap-1.5 text-xs text-zinc-500 dark:text-zinc-400">
          {source && <span className="truncate">{source}</span>}
          {source && <span aria-hidden="true">·</span>}
          {item.date ? (
            <time dateTime={item.date} className="shrink-0 tabular-nums">
              {formatListDate(item.date, { now, timeZone, locale })}
            </time>
          ) : (
            <span className="shrink-0">{t.undated}</span>
          )}
        </div>
        <Heading
          className={`line-clamp-2 text-[15px] leading-snug ${
            read ? 'font-normal text-zinc-600 dark:text-zinc-400' : 'font-medium text-zinc-900 dark:text-zinc-100'
          }`}
        >
          {starred && (
            <span className="mr-1 inline-block align-[-2px] text-amber-500">
              <svg aria-hidden="true" viewBox="0 0 20 20" className="size-3.5">
                <path d="m10 2.8 2.2 4.6 5 .7-3.6 3.5.9 5-4.5-2.4-4.5 2.4.9-5L2.8 8.1l5-.7L10 2.8Z" fill="currentColor" />
              </svg>
              <span className="sr-only">{t.starredPrefix}</span>
            </span>
          )}
          {renderText(title)}
          {read && <span className="sr-only">{t.readMarker}</span>}
        </Heading>
        {item.excerpt && (
          <p className="mt-1 line-clamp-2 text-[13px] leading-normal text-zinc-500 dark:text-zinc-400">{renderText(item.excerpt)}</p>
        )}
      </div>
    </AppLink>
  );
});

export function ArticleListItemSkeleton() {
  return (
    <div className="flex h-full gap-3 border-b border-zinc-100 px-4 py-3 dark:border-zinc-800/80" aria-hidden="true">
      <div className="aspect-[4/3] w-24 shrink-0 self-start animate-pulse rounded-md bg-zinc-200 dark:bg-zinc-800" />
      <div className="flex flex-1 flex-col gap-2 pt-0.5">
        <div className="h-3 w-1/3 animate-pulse rounded bg-zinc-100 dark:bg-zinc-800/60" />
        <div className="h-4 w-11/12 animate-pulse rounded bg-zinc-200 dark:bg-zinc-800" />
        <div className="h-4 w-2/3 animate-pulse rounded bg-zinc-200 dark:bg-zinc-800" />
        <div className="h-3 w-full animate-pulse rounded bg-zinc-100 dark:bg-zinc-800/60" />
      </div>
    </div>
  );
}
