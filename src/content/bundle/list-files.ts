/**
 * The files of one list: its `ListIndex` and its pages of summaries. Summaries arrive already
 * serialized and sorted, so a page is assembled from strings instead of stringifying the same
 * summary once per list it appears in (each article is in up to four lists).
 */
import { listIndexPath, listPagePath, type ListIndex } from '../../bundle/schema.ts';

export interface ListMember {
  id: string;
  /** `JSON.stringify` of the ArticleSummary. */
  json: string;
  day: string | null;
}

/**
 * Yields [path, contents] for the list's index and pages. An empty list still gets page 0
 * (with no items), so the app can always load the first page of `all`. A page for which
 * `unchanged` answers true (its file already holds these bytes) is not assembled nor yielded.
 */
export function* listFiles(
  listKey: string,
  members: readonly ListMember[],
  pageSize: number,
  unchanged?: (path: string, header: string, items: readonly ListMember[]) => boolean,
): Generator<[string, string]> {
  const pageCount = Math.max(1, Math.ceil(members.length / pageSize));
  const spans: ListIndex['pages'] = [];
  const head = `{"list":${JSON.stringify(listKey)},"page":`;
  const tail = `,"pages":${pageCount},"total":${members.length},"items":[`;
  for (let page = 0; page < pageCount; page++) {
    const items = members.slice(page * pageSize, (page + 1) * pageSize);
    spans.push(daySpan(items));
    const path = listPagePath(listKey, page);
    if (unchanged?.(path, `${page}/${pageCount}/${members.length}`, items)) continue;
    yield [path, `${head}${page}${tail}${items.map((item) => item.json).join(',')}]}`];
  }
  const index: ListIndex = { list: listKey, total: members.length, pageSize, pages: spans };
  yield [listIndexPath(listKey), JSON.stringify(index)];
}

/** [newest day, oldest day] among the page's dated items; undated items do not widen it. */
function daySpan(items: readonly ListMember[]): [string | null, string | null] {
  let newest: string | null = null;
  let oldest: string | null = null;
  for (const item of items) {
    if (item.day === null) continue;
    newest ??= item.day;
    oldest = item.day;
  }
  return [newest, oldest];
}
