/**
 * Where query terms occur in a text, as ranges of the original text (for `<mark>`), with the
 * same folding as the index: NFKC and case per character, CJK terms as substrings, words by
 * their stem. Never builds a pattern from the query, so any input is safe.
 */
import type { QueryTerm } from './query.ts';
import { normalizeText, runsOf, wordToken } from './tokenize.ts';

/** [start, end) in UTF-16 units of the original text, sorted, not overlapping. */
export type TextRange = [start: number, end: number];

export function highlightRanges(text: string, terms: readonly QueryTerm[]): TextRange[] {
  if (terms.length === 0 || text.length === 0) return [];
  // Normalise per code point, remembering where each normalised unit came from.
  let normalized = '';
  const origin: number[] = [];
  for (let i = 0; i < text.length; ) {
    const code = text.codePointAt(i)!;
    const width = code > 0xffff ? 2 : 1;
    const piece = normalizeText(text.slice(i, i + width));
    normalized += piece;
    for (let k = 0; k < piece.length; k++) origin.push(i);
    i += width;
  }
  origin.push(text.length);
  const found: TextRange[] = [];
  const toOriginal = (start: number, end: number): TextRange => {
    // The end maps to the start of the next original character.
    let stop = text.length;
    for (let k = end; k < origin.length; k++) {
      if (origin[k] > origin[end - 1]) {
        stop = origin[k];
        break;
      }
    }
    return [origin[start], stop];
  };
  for (const term of terms) {
    if (!term.cjk) continue;
    for (let at = normalized.indexOf(term.text); at >= 0; at = normalized.indexOf(term.text, at + term.text.length)) {
      found.push(toOriginal(at, at + term.text.length));
    }
  }
  const stems = new Set(terms.filter((term) => !term.cjk).map((term) => wordToken(term.text)));
  if (stems.size > 0) {
    for (const run of runsOf(normalized)) {
      if (!run.cjk && stems.has(wordToken(normalized.slice(run.start, run.end)))) found.push(toOriginal(run.start, run.end));
    }
  }
  found.sort((a, b) => a[0] - b[0] || b[1] - a[1]);
  const merged: TextRange[] = [];
  for (const range of found) {
    const last = merged[merged.length - 1];
    if (last && range[0] <= last[1]) last[1] = Math.max(last[1], range[1]);
    else merged.push([range[0], range[1]]);
  }
  return merged;
}
