import { highlightRanges } from '../../../search/highlight.ts';
import type { QueryTerm } from '../../../search/query.ts';

/** Text with the query's terms in `<mark>`: plain React text nodes, never HTML. */
export function HighlightedText({ text, terms }: { text: string; terms: readonly QueryTerm[] }) {
  const ranges = highlightRanges(text, terms);
  if (ranges.length === 0) return <>{text}</>;
  const parts: React.ReactNode[] = [];
  let at = 0;
  for (const [start, end] of ranges) {
    if (start > at) parts.push(text.slice(at, start));
    parts.push(
      <mark key={start} className="search-mark">
        {text.slice(start, end)}
      </mark>,
    );
    at = end;
  }
  if (at < text.length) parts.push(text.slice(at));
  return <>{parts}</>;
}
