import { useSuspenseQuery } from '@tanstack/react-query';
import { createFileRoute } from '@tanstack/react-router';
import { indexQueryOptions } from '../../features/categories/api/get-index.ts';
import { decodeCategoryParam } from '../../lib/category-param.ts';
import { titleWithSite, useDocumentTitle } from '../../lib/use-document-title.ts';

export const Route = createFileRoute('/_browse/')({
  component: ListView,
});

/** The list alone (the layout draws it); this leaf only names the tab. */
function ListView() {
  const { category } = Route.useSearch();
  const { data: index } = useSuspenseQuery(indexQueryOptions);
  const name = category ? decodeCategoryParam(category).at(-1) : undefined;
  useDocumentTitle(titleWithSite(name, index.site.title));
  return null;
}
