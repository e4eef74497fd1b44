import { useSuspenseQuery } from '@tanstack/react-query';
import { createFileRoute } from '@tanstack/react-router';
import { indexQueryOptions } from '../../data/bundle-index.ts';
import { useI18n } from '../../lib/i18n.ts';
import { titleWithSite, useDocumentTitle } from '../../lib/use-document-title.ts';
import { resolveList } from '../-browse/browse-list.ts';

export const Route = createFileRoute('/_browse/')({
  // Not code-split: this leaf is a few lines, and a chunk of its own would be one more request
  // on the first screen.
  codeSplitGroupings: [],
  component: ListView,
});

/** The list alone (the layout draws it); this leaf only names the tab. */
function ListView() {
  const { category, q } = Route.useSearch();
  const { t } = useI18n();
  const { data: index } = useSuspenseQuery(indexQueryOptions);
  const name = resolveList(index, category)?.node?.name;
  const view = q ? `${t.search}: ${q.length > 40 ? `${q.slice(0, 40)}…` : q}${name ? ` · ${name}` : ''}` : name;
  useDocumentTitle(titleWithSite(view, index.site.title));
  return null;
}
