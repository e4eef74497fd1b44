import { oneLine } from '../../process/post/one-line.ts';

/**
 * Text from the archive inside generated HTML and XML. Titles and excerpts come from scraped
 * feeds and are hostile: every value is cleaned and escaped here, in one place.
 */

/** Characters XML 1.0 forbids (C0 controls but tab and line breaks, lone surrogates, U+FFFE/U+FFFF); HTML calls them parse errors. */
const NOT_XML_CHAR = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

const HAS_NOT_XML_CHAR = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/u;
const HAS_MARKUP = /[&<>"']/;

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** One line of plain text: forbidden characters dropped, runs of ASCII whitespace collapsed (see oneLine), trimmed. */
export function plainLine(text: string): string {
  return oneLine(stripNotXml(text));
}

function stripNotXml(text: string): string {
  // Most text is clean: a test is cheaper than a global replace that changes nothing.
  return HAS_NOT_XML_CHAR.test(text) ? text.replace(NOT_XML_CHAR, '') : text;
}

/**
 * Safe as HTML/XML text and inside a quoted attribute (either quote). Used for both, so a value
 * can never end the element or attribute it sits in.
 */
export function escapeMarkup(text: string): string {
  const clean = stripNotXml(text);
  return HAS_MARKUP.test(clean) ? clean.replace(/[&<>"']/g, (char) => ESCAPES[char]) : clean;
}
