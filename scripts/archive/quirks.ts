/** The oddities of real feed archives that a generated post may carry. */
import type { Rng } from './prng.ts';

export const QUIRKS = [
  /** Title holding both quote kinds, written in the broken `"""""""'…'"""""""` style (invalid YAML). */
  'both-quotes-title',
  /** Title starting with `@` (unquoted in old layouts: a YAML error). */
  'at-title',
  /** Title starting with `#` (unquoted in old layouts: YAML reads a comment, so a null title). */
  'hash-title',
  /** Title over several lines; the file name keeps the indentation as runs of spaces. */
  'multiline-title',
  /** `date: Invalid Date`. */
  'invalid-date',
  /** `thumbnail: ''` although the body has an image. */
  'empty-thumbnail',
  /** `thumbnail:` with nothing after it (YAML null). */
  'bare-thumbnail',
  /** `headimg:` without a `thumbnail:` line. */
  'headimg-only',
  /** A category list item that is empty (YAML null). */
  'null-category',
  /** A category list item that is `''`. */
  'empty-category',
  /** Windows line endings in the whole file. */
  'crlf',
  /** A UTF-8 byte order mark before the leading newline. */
  'bom',
  /** A "下载APP" QR-code footer with `<style>` (escaped braces) and HTML comments. */
  'qr-boilerplate',
  /** `<!-- 正文下iframe -->` marker comments. */
  'iframe-marker',
  /** A video `<iframe>` embed. */
  'iframe',
  /** Lazy images: a placeholder `src` and the real URL in `data-src`. */
  'lazy-image',
  /** Template-like braces in the text (written escaped, like every brace). */
  'brace-text',
] as const;

export type Quirk = (typeof QUIRKS)[number];

/** Chance of each quirk per post; together about one post in ten has at least one. */
const RATES: Record<Quirk, number> = {
  'both-quotes-title': 0.006,
  'at-title': 0.004,
  'hash-title': 0.004,
  'multiline-title': 0.006,
  'invalid-date': 0.003,
  'empty-thumbnail': 0.01,
  'bare-thumbnail': 0.008,
  'headimg-only': 0.005,
  'null-category': 0.003,
  'empty-category': 0.003,
  crlf: 0.004,
  bom: 0.004,
  'qr-boilerplate': 0.02,
  'iframe-marker': 0.01,
  iframe: 0.01,
  'lazy-image': 0.015,
  'brace-text': 0.005,
};

export function pickQuirks(r: Rng): Set<Quirk> {
  const picked = new Set<Quirk>();
  for (const q of QUIRKS) if (r.chance(RATES[q])) picked.add(q);
  return picked;
}
