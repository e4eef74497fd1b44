import { ARTICLE_ROW_HEIGHT } from './article-list.tsx';
import { ArticleListItemSkeleton } from './article-list-item.tsx';

/** What the list looks like while its first page loads. */
export function ListSkeleton({ rows = 8 }: { rows?: number }) {
  return (
    <div className="overflow-hidden" aria-busy="true">
      {Array.from({ length: rows }, (_, i) => (
        <div key={i} style={{ height: ARTICLE_ROW_HEIGHT }}>
          <ArticleListItemSkeleton />
        </div>
      ))}
    </div>
  );
}
