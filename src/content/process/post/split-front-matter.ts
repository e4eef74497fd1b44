import { message, type Message } from '../../report/codes.ts';

export type SplitResult =
  | { ok: true; frontMatter: string; body: string }
  | { ok: false; reason: Message };

const FENCE = /^---[ \t]*$/;
const CLOSING_FENCE = /^(?:---|\.\.\.)[ \t]*$/;

/**
 * Splits `---` front matter from the body. Line ends are normalised to `\n` first (the archives
 * mix CRLF in). Blank lines before the opening fence are allowed: the feeds' generator wrote one.
 * A file without an opening fence is not a post (Hexo would render it as a plain page), so the
 * caller skips it rather than guessing a title.
 */
export function splitFrontMatter(text: string): SplitResult {
  const normalized = text.includes('\r') ? text.replace(/\r\n?/g, '\n') : text;
  let pos = 0;
  // Skip whitespace-only lines.
  for (;;) {
    const end = normalized.indexOf('\n', pos);
    const line = end === -1 ? normalized.slice(pos) : normalized.slice(pos, end);
    if (line.trim() !== '') break;
    if (end === -1) return { ok: false, reason: message('file-empty', true) };
    pos = end + 1;
  }
  const firstEnd = normalized.indexOf('\n', pos);
  const firstLine = firstEnd === -1 ? normalized.slice(pos) : normalized.slice(pos, firstEnd);
  if (!FENCE.test(firstLine)) {
    return { ok: false, reason: message('front-matter-missing', false) };
  }
  const fmStart = firstEnd === -1 ? normalized.length : firstEnd + 1;
  let lineStart = fmStart;
  while (lineStart < normalized.length) {
    const end = normalized.indexOf('\n', lineStart);
    const line = end === -1 ? normalized.slice(lineStart) : normalized.slice(lineStart, end);
    if (CLOSING_FENCE.test(line)) {
      return {
        ok: true,
        frontMatter: normalized.slice(fmStart, lineStart),
        body: end === -1 ? '' : normalized.slice(end + 1),
      };
    }
    if (end === -1) break;
    lineStart = end + 1;
  }
  return { ok: false, reason: message('front-matter-missing', true) };
}
