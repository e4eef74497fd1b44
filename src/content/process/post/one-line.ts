/**
 * One line of text as a headline is set: runs of ASCII whitespace and line breaks become one
 * space, the ends are trimmed. Other spaces are part of the text: CJK headlines use the
 * ideographic space U+3000 as a separator (`昏厥\u3000醫生：正常反射動作`), and it stays.
 */
const BREAKS_AND_ASCII_SPACE = /[\t\n\v\f\r \u0085\u2028\u2029]+/g;

export function oneLine(text: string): string {
  return text.replace(BREAKS_AND_ASCII_SPACE, ' ').trim();
}
