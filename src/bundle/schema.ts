/**
 * The data bundle: the static JSON files the content pipeline writes under `dist/data/`
 * and the app reads. This file is the single source of truth for their shapes; both the
 * pipeline (Node) and the app (browser) import these types and path helpers.
 *
 * Layout (all paths relative to the data root, `<base>data/`):
 *
 *   index.json                         BundleIndex: site, category tree with counts, per-day counts.
 *                                      Grows with categories and days, never with articles.
 *   lists/<listKey>/index.json         ListIndex: how a list is paged (page count, day span of each page).
 *   lists/<listKey>/<n>.json           ListPage n (0 = newest) of a list: ArticleSummary[].
 *   lists/<listKey>/days.json          ListDays: the list's per-day counts (date filter, timeline).
 *   facets/days.json                   DayFacets: per-day counts of every category at once (sidebar
 *                                      counts under a date filter). Neither day file is needed
 *                                      for the first screen: the app loads them on demand.
 *   articles/<id[0..2]>/<id>.json      Article: one file per article, with its cleaned body.
 *
 * `listKey` is `all` for the whole archive, or a category node's `key` for that node and all
 * its descendants. Lists are sorted newest first (ties broken by id); undated articles come last.
 */

export const BUNDLE_VERSION = 1 as const;

/** Articles per list page. Small enough for a fast first screen, large enough for few requests. */
export const LIST_PAGE_SIZE = 100;

/** The list key of the whole archive. */
export const ALL_LIST = 'all';

export interface BundleIndex {
  version: typeof BUNDLE_VERSION;
  site: {
    /** Site name shown in the header and the browser tab. */
    title: string;
    /** IANA zone that decides an article's day, for filtering and display (default Asia/Shanghai). */
    timeZone: string;
  };
  /** Articles in the bundle (every file with status ok or warning). */
  total: number;
  /** Articles with no usable date; they sort last in every list. */
  undated: number;
  /** Articles with no category; they appear in the `all` list only. */
  uncategorized: number;
  /** Newest and oldest article instants (ISO 8601, UTC), null when nothing is dated. */
  newest: string | null;
  oldest: string | null;
  pageSize: number;
  /** Top-level category nodes, sorted by name (locale-independent code-point order). */
  categories: CategoryNode[];
  /** Per-day article counts in `site.timeZone`, ascending by day: [YYYY-MM-DD, count]. */
  days: [day: string, count: number][];
}

export interface CategoryNode {
  /** Stable, short, URL-safe key of this node (a hash of its name path). Used in data paths. */
  key: string;
  /** The node's own name as written in the archive (entities decoded, trimmed). */
  name: string;
  /** Names from the top level down to this node, inclusive. */
  path: string[];
  /** Articles in this node and all its descendants. */
  count: number;
  children: CategoryNode[];
}

export interface ListIndex {
  list: string;
  total: number;
  pageSize: number;
  /** For each page: [newest day, oldest day] of its items (YYYY-MM-DD or null when undated). */
  pages: [newest: string | null, oldest: string | null][];
}

export interface ListPage {
  list: string;
  page: number;
  pages: number;
  total: number;
  items: ArticleSummary[];
}

/**
 * A list's per-day counts. Lists are sorted newest first with undated articles last, and an
 * article's `day` follows its instant, so the rows of a date range [from, to] are one run:
 * it starts at row (sum of counts of days after `to`) and holds (sum of counts of days in
 * the range) rows; the undated articles are the last `undated` rows.
 */
export interface ListDays {
  list: string;
  total: number;
  /** Articles of the list with no usable date: its last `undated` rows. */
  undated: number;
  /** Per-day counts in `site.timeZone`, ascending by day: [YYYY-MM-DD, count]. */
  days: [day: string, count: number][];
}

/**
 * Per-day counts of every category node in one file, for the sidebar's counts under a date
 * filter. To stay small (about 370 KB, 83 KB gzip, at 100,000 articles and 450 nodes) it holds
 * each node's *own* articles only (those whose deepest node it is), sparse over a shared day
 * axis; a node's count is the sum over its subtree, and the whole archive's is `BundleIndex.days`.
 */
export interface DayFacets {
  /** Every day with at least one article, ascending (the days of `BundleIndex.days`). */
  days: string[];
  /**
   * Per category key: flat pairs [gap, count, gap, count, …] of the days on which the node
   * has articles of its own. Start at axis index 0 and add each gap: the first gap is the first
   * day's axis index, later gaps are at least 1. Nodes with no dated article of their own are
   * left out.
   */
  counts: Record<string, number[]>;
  /** Per category key: its own articles with no usable date. Nodes without any are left out. */
  undated: Record<string, number>;
}

/** What a list item needs: small, no body. */
export interface ArticleSummary {
  /** Stable, short, URL-safe id (same on every rebuild of the same archive). */
  id: string;
  title: string;
  /** ISO 8601 instant in UTC (`2021-12-24T08:07:41.000Z`), or null when the date was unusable. */
  date: string | null;
  /** The article's day in the archive time zone (YYYY-MM-DD), or null when undated. */
  day: string | null;
  /** Key of the deepest category node of the article, or null when it has none. */
  category: string | null;
  author: string | null;
  /** Thumbnail URL (front matter, else first image of the body), or null. */
  thumb: string | null;
  /** Plain-text excerpt of the body, whitespace collapsed, at most ~160 characters. */
  excerpt: string;
}

export interface Article extends ArticleSummary {
  /** Category names from the top level down (empty when none). */
  categoryPath: string[];
  /** The body, cleaned by the pipeline. Still untrusted: the app sanitizes it again. */
  html: string;
  /** Whether the reading view should show `thumb` as a hero image (the body does not start with it). */
  hero: boolean;
  /** Source file path relative to the content folder, with forward slashes. */
  source: string;
  /**
   * The article's address at its source (absolute http or https), when the post names one:
   * see "Original link" in docs/bundle-format.md for the rules. Absent otherwise.
   */
  originalUrl?: string;
}

/** Report written by the pipeline (`CONTENT_REPORT`, default `content-report.json`). */
export interface ContentReport {
  summary: { files: number; ok: number; warning: number; skipped: number };
  files: ReportEntry[];
}

export type FileStatus = 'ok' | 'warning' | 'skipped';

export interface ReportEntry {
  /** Path relative to the content folder, forward slashes. */
  path: string;
  status: FileStatus;
  id: string | null;
  title: string | null;
  /** ISO 8601 instant or null. */
  date: string | null;
  category: string[];
  messages: string[];
  /** The stable code of each message, in the same order (README.md lists them). */
  codes: string[];
}

// ---- paths, shared by the writer and the reader ----

export const indexPath = () => 'index.json';
export const listIndexPath = (listKey: string) => `lists/${listKey}/index.json`;
export const listPagePath = (listKey: string, page: number) => `lists/${listKey}/${page}.json`;
export const listDaysPath = (listKey: string) => `lists/${listKey}/days.json`;
export const dayFacetsPath = () => 'facets/days.json';
export const articlePath = (id: string) => `articles/${id.slice(0, 2)}/${id}.json`;
