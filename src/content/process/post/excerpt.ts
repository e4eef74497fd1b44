const EXCERPT_MAX = 160;

/**
 * Plain text collapsed to single spaces (any Unicode whitespace, U+3000 included: an excerpt
 * has no indentation) and cut to at most `max` UTF-16 units, `…` included, never inside a
 * surrogate pair.
 */
export function excerpt(text: string, max = EXCERPT_MAX): string {
  const collapsed = text.replace(/\s+/g, ' ').trim();
  if (collapsed.length <= max) return collapsed;
  let end = max - 1;
  const last = collapsed.charCodeAt(end - 1);
  if (last >= 0xd800 && last <= 0xdbff) end--;
  return `${collapsed.slice(0, end).trimEnd()}…`;
}
