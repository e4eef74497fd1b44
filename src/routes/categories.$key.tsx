import { createFileRoute, notFound, redirect } from '@tanstack/react-router';
import { indexQueryOptions } from '../data/bundle-index.ts';
import { indexCategoriesByKey } from '../features/categories/lib/find-category.ts';
import { validateDateSearch } from '../features/dates/lib/date-filter.ts';
import { encodeCategoryParam } from '../lib/category-param.ts';

/**
 * `/categories/<key>`: the path form of a category, for link previews (a static host can serve
 * a page per path, not per query). Opens the same list as `/?category=<name path>`, keeping
 * any date filter.
 */
export const Route = createFileRoute('/categories/$key')({
  validateSearch: validateDateSearch,
  loaderDeps: ({ search }) => search,
  loader: async ({ context: { queryClient }, params, deps }) => {
    const index = await queryClient.ensureQueryData(indexQueryOptions);
    const node = indexCategoriesByKey(index.categories).get(params.key);
    if (!node) throw notFound();
    throw redirect({ to: '/', search: { ...deps, category: encodeCategoryParam(node.path) }, replace: true });
  },
});
