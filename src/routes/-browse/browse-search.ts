/**
 * The search params of the browse views (the list, and the reader beside it): which list, its
 * dates, the search query, and the unread-only and Starred views. Read here once, as the root
 * route's `validateSearch` (the sidebar shows them on every page); every route reads the result.
 */
import { validateDateSearch, type DateSearch } from '../../features/dates/lib/date-filter.ts';

export interface BrowseSearch extends DateSearch {
  /** Name path of a category node (see lib/category-param.ts); absent = the whole archive. */
  category?: string;
  /** Only the articles not read yet (`unread=1`). */
  unread?: 1;
  /** The Starred view (`starred=1`): starred articles, within `category` and the dates when given. */
  starred?: 1;
  /** Search query as typed (trimmed, at most 1,000 characters); absent = no search. */
  q?: string;
  /** Search results by relevance (`sort=relevance`); absent = newest first. */
  sort?: 'relevance';
}

/** Longest `q` kept from a URL; longer text is cut (the search itself reads less, see parseQuery). */
const MAX_Q = 1000;

/** The `q` param, cleaned: a string, trimmed, bounded; '' when absent or not text. */
function readQuery(raw: unknown): string {
  if (typeof raw !== 'string' && typeof raw !== 'number') return '';
  const chars = Array.from(String(raw).trim());
  return (chars.length > MAX_Q ? chars.slice(0, MAX_Q).join('') : chars.join('')).trim();
}

const readFlag = (value: unknown): 1 | undefined => (value === '1' || value === 1 || value === true || value === 'true' ? 1 : undefined);

/**
 * `validateSearch` of the browse views. Never throws: a value it cannot read is dropped (dates
 * it cannot read are kept as typed, for the date bar to say so). Every field is in the result,
 * `undefined` when absent, so the router's copy of the raw param (it spreads the raw search
 * under the validated one) never shows through: `unread=0` is not the unread view.
 */
export function validateBrowseSearch(search: Record<string, unknown>): BrowseSearch {
  const category = typeof search.category === 'string' ? search.category.trim() : '';
  const q = readQuery(search.q);
  const { from, to, undated } = validateDateSearch(search);
  return {
    category: category || undefined,
    q: q || undefined,
    from,
    to,
    undated,
    unread: readFlag(search.unread),
    starred: readFlag(search.starred),
    sort: search.sort === 'relevance' ? 'relevance' : undefined,
  };
}
