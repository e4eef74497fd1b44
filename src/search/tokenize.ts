/**
 * Text to search tokens, the same at index and at query time (shared by the pipeline and the
 * app): NFKC (full/half width), case folding and script folding (Traditional and Simplified
 * Chinese to one form, script-fold.ts), then
 *   - runs of CJK characters (Han, kana, Hangul) become overlapping character bigrams, so any
 *     2+ character substring of the text is found, whatever a word segmenter would have said;
 *   - runs of other letters and digits are words, Porter-stemmed (`stemmer`) when ASCII letters.
 * Everything else (spaces, punctuation, symbols, emoji) separates runs.
 *
 * A hand-written scanner rather than a Unicode-property regex: it is the build's hot loop
 * (100,000 bodies) and is 3× faster this way.
 */
import { stemmer } from 'stemmer';
import { foldScript } from './script-fold.ts';

/** Longer words are cut: nobody types them, and they would bloat the index. */
const MAX_WORD = 32;
const ASCII_WORD = /^[a-z]+$/;
const OTHER_WORD_CHAR = /[\p{L}\p{N}\p{M}]/u;

export function normalizeText(text: string): string {
  return foldScript(text.normalize('NFKC').toLowerCase());
}

const enum Kind {
  Separator,
  Cjk,
  Word,
}

/** The kind of the UTF-16 unit at `i` (a high surrogate stands for its pair). */
function kindAt(text: string, i: number): Kind {
  const code = text.charCodeAt(i);
  if (code < 0x80) {
    return (code >= 0x61 && code <= 0x7a) || (code >= 0x30 && code <= 0x39) || (code >= 0x41 && code <= 0x5a)
      ? Kind.Word
      : Kind.Separator;
  }
  if (
    (code >= 0x4e00 && code <= 0x9fff) || // CJK unified ideographs
    (code >= 0x3400 && code <= 0x4dbf) || // extension A
    (code >= 0x3040 && code <= 0x30ff && code !== 0x30fb) || // kana (not the middle dot)
    (code >= 0xac00 && code <= 0xd7af) || // Hangul syllables
    (code >= 0x1100 && code <= 0x11ff) || // Hangul jamo
    (code >= 0x3130 && code <= 0x318f) || // Hangul compatibility jamo
    (code >= 0xf900 && code <= 0xfaff) || // compatibility ideographs
    (code >= 0x3005 && code <= 0x3007) || // 々 〆 〇
    (code >= 0x31f0 && code <= 0x31ff) // katakana extension
  ) {
    return Kind.Cjk;
  }
  if (code >= 0xd840 && code <= 0xd87f) return Kind.Cjk; // extensions B–F (surrogate pairs)
  if ((code >= 0x3000 && code <= 0x303f) || (code >= 0xff00 && code <= 0xffef) || (code >= 0x2000 && code <= 0x2bff)) {
    return Kind.Separator; // CJK punctuation, full-width forms left after NFKC, general punctuation, symbols
  }
  if (code >= 0xd800 && code <= 0xdfff) {
    const pair = text.codePointAt(i) ?? code;
    return OTHER_WORD_CHAR.test(String.fromCodePoint(pair)) ? Kind.Word : Kind.Separator;
  }
  return OTHER_WORD_CHAR.test(text[i]) ? Kind.Word : Kind.Separator;
}

const isHigh = (code: number) => code >= 0xd800 && code <= 0xdbff;

export interface Run {
  /** Where the run starts and ends in the normalised text (UTF-16 units). */
  start: number;
  end: number;
  cjk: boolean;
}

/** The runs of already-normalised text, in order. */
export function runsOf(text: string): Run[] {
  const runs: Run[] = [];
  let i = 0;
  while (i < text.length) {
    const kind = kindAt(text, i);
    const width = isHigh(text.charCodeAt(i)) ? 2 : 1;
    if (kind === Kind.Separator) {
      i += width;
      continue;
    }
    const start = i;
    i += width;
    while (i < text.length && kindAt(text, i) === kind) i += isHigh(text.charCodeAt(i)) ? 2 : 1;
    runs.push({ start, end: i, cjk: kind === Kind.Cjk });
  }
  return runs;
}

export function wordToken(word: string): string {
  const cut = word.length > MAX_WORD ? word.slice(0, MAX_WORD) : word;
  return ASCII_WORD.test(cut) ? stemmer(cut) : cut;
}

/**
 * Calls `emit` for every token of normalised text, repeats included. A bigram of two BMP
 * characters is passed as the number `(first << 16) | second` (see `tokenString`): the index
 * build hashes numbers far faster than new two-character strings.
 */
export function scanTokens(text: string, emit: (token: number | string) => void): void {
  for (const run of runsOf(text)) {
    if (!run.cjk) {
      emit(wordToken(text.slice(run.start, run.end)));
      continue;
    }
    // A one-character CJK run has no token: bigrams only.
    let a = run.start;
    while (a < run.end) {
      const first = text.charCodeAt(a);
      const b = a + (isHigh(first) ? 2 : 1);
      if (b >= run.end) break;
      const second = text.charCodeAt(b);
      if (b === a + 1 && !isHigh(second)) emit(first * 0x10000 + second);
      else emit(text.slice(a, b + (isHigh(second) ? 2 : 1)));
      a = b;
    }
  }
}

/** The string of a token passed by `scanTokens`. */
export function tokenString(token: number | string): string {
  return typeof token === 'string' ? token : String.fromCharCode(Math.floor(token / 0x10000), token % 0x10000);
}
