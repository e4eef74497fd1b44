import type { ReactNode } from 'react';
import { Link } from '@tanstack/react-router';
import type { Article, ArticleSummary } from '../../../bundle/schema.ts';
import { encodeCategoryParam } from '../../../lib/category-param.ts';
import { formatArticleDateTime } from '../../../lib/format-date.ts';
import { useI18n } from '../../../lib/i18n.ts';
import { ArticleBody } from './article-body.tsx';
import { ArticleNav } from './article-nav.tsx';
import { HeroImage } from './hero-image.tsx';
import { OriginalLink } from './original-link.tsx';
import { ShareButton } from './share-button.tsx';

interface ArticleViewProps {
  article: Article;
  /** The archive's zone: the article's date is shown there, with the zone's name. */
  timeZone: string;
  previous: ArticleSummary | null;
  next: ArticleSummary | null;
  /** Buttons shown before Share (star, read state). */
  actions?: ReactNode;
  /** How the title is drawn (e.g. with query terms marked); plain text by default. */
  renderTitle?: (text: string) => ReactNode;
  /** Runs on the sanitized body once it is in the DOM (e.g. marks query terms); returns its undo. */
  decorateBody?: (root: HTMLElement) => () => void;
}

export function ArticleView({ article, timeZone, previous, next, actions, renderTitle = (text) => text, decorateBody }: ArticleViewProps) {
  const { t, locale } = useI18n();
  const title = article.title.trim() || t.untitled;
  return (
    <article aria-labelledby="article-title" className="reader-measure mx-auto px-5 pt-2 pb-16 md:pt-0">
      {article.categoryPath.length > 0 && (
        <nav aria-label={t.breadcrumb} className="mb-3 text-sm">
          <ol className="flex flex-wrap items-center gap-x-1 text-zinc-500 dark:text-zinc-400">
            {article.categoryPath.map((name, i) => (
              <li key={i} className="flex items-center gap-1">
                {i > 0 && <span aria-hidden="true">/</span>}
                <Link
                  to="/"
                  search={{ category: encodeCategoryParam(article.categoryPath.slice(0, i + 1)) }}
                  className="rounded hover:text-sky-700 hover:underline dark:hover:text-sky-300"
                >
                  {name}
                </Link>
              </li>
            ))}
          </ol>
        </nav>
      )}
      <h1 id="article-title" className="text-2xl leading-snug font-bold tracking-tight text-zinc-900 md:text-[1.75rem] dark:text-zinc-50">
        {renderTitle(title)}
      </h1>
      <div className="mt-3 flex flex-wrap items-center gap-x-3 gap-y-1 text-sm text-zinc-500 dark:text-zinc-400">
        {article.date ? (
          <time dateTime={article.date}>{formatArticleDateTime(article.date, { timeZone, locale })}</time>
        ) : (
          <span>{t.undated}</span>
        )}
        {article.author && <span>{t.byAuthor(article.author)}</span>}
      </div>
      <div className="mt-4 flex flex-wrap items-center gap-2">
        {actions}
        {article.originalUrl && <OriginalLink url={article.originalUrl} />}
        <ShareButton title={title} />
      </div>
      {article.hero && article.thumb && <HeroImage src={article.thumb} />}
      <div className="mt-6">
        <ArticleBody html={article.html} imageFailedLabel={t.imageFailed} decorate={decorateBody} />
      </div>
      <ArticleNav previous={previous} next={next} />
    </article>
  );
}
