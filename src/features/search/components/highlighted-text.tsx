import type { Marker } from '../lib/marker.ts';

/** Text with the query's matches in `<mark>`: plain React text nodes, never HTML. */
export function HighlightedText({ text, marker }: { text: string; marker: Marker }) {
  const ranges = marker.ranges(text);
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
