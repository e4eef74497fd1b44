/**
 * A fast path for the front matter almost every post has: `key: value` lines whose values are
 * plain words or one-line quoted text without escapes, and `- item` lists under a key with no
 * value. For those the YAML library (with the failsafe schema) reads exactly the text written
 * (trailing spaces dropped; `''` is `'` between single quotes), so it need not run (it is a
 * large part of a post's parsing time). Anything else (escapes, comments, other indicators,
 * `: ` or ` #` in a plain value, tabs, continued lines, repeated keys, blank lines with spaces)
 * returns null and goes to the library. simple-front-matter.test.ts compares both on every
 * post of the demo archive, the real corpus and the fixtures.
 */

const KEY_LINE = /^([A-Za-z_][\w-]*):(?: +(.*))?$/;
const ITEM_LINE = /^( *)- +(.*)$/;
/** Characters a plain scalar may not start with (YAML indicators). */
const INDICATOR = /^[-?:,[\]{}#&*!|>'"%@`]/;
/** Anything else that makes the text mean more than itself to YAML, or that it may reject. */
// eslint-disable-next-line no-control-regex -- control characters must be quoted in YAML
const SPECIAL = /: |:$| #|\t|[\x00-\x1f\x7f-\x9f\u2028\u2029\ufeff\ufffe\uffff]/;
// eslint-disable-next-line no-control-regex -- the control characters are what this pattern finds
const CONTROL = /[\t\x00-\x1f\x7f-\x9f\u2028\u2029\ufeff\ufffe\uffff]/;
const SINGLE_QUOTED = /^'((?:[^']|'')*)'$/;
const DOUBLE_QUOTED = /^"([^"\\]*)"$/;

/**
 * The value as YAML reads it when it is a plain scalar that means only its text, or quoted
 * text on one line without escapes; else null.
 */
function plainText(raw: string): string | null {
  const text = raw.replace(/ +$/, '');
  const quoted = SINGLE_QUOTED.exec(text) ?? DOUBLE_QUOTED.exec(text);
  if (quoted) {
    const inner = quoted[1];
    if (CONTROL.test(inner)) return null;
    return text[0] === "'" ? inner.replaceAll("''", "'") : inner;
  }
  if (text === '' || INDICATOR.test(text) || SPECIAL.test(text)) return null;
  // A space other than U+0020 at the end: YAML would keep it.
  return text === text.trimEnd() ? text : null;
}

/** The fields (as the YAML library's `toJS()` gives them), or null when YAML must decide. */
export function simpleFrontMatter(frontMatter: string): Record<string, string | string[]> | null {
  const fields: Record<string, string | string[]> = {};
  let listKey: string | null = null;
  let listIndent = -1;
  for (const line of frontMatter.split('\n')) {
    if (line === '') continue;
    const key = KEY_LINE.exec(line);
    if (key) {
      const name = key[1];
      // YAML limits implicit keys to 1024 characters.
      if (Object.hasOwn(fields, name) || name === '__proto__' || name.length > 100) return null;
      const raw = key[2] ?? '';
      if (raw === '') {
        fields[name] = '';
        listKey = name;
        listIndent = -1;
        continue;
      }
      const text = plainText(raw);
      if (text === null) return null;
      fields[name] = text;
      listKey = null;
      continue;
    }
    const item = ITEM_LINE.exec(line);
    if (!item || listKey === null) return null;
    const indent = item[1].length;
    if (listIndent !== -1 && indent !== listIndent) return null;
    const text = plainText(item[2]);
    if (text === null) return null;
    if (listIndent === -1) fields[listKey] = [];
    listIndent = indent;
    (fields[listKey] as string[]).push(text);
  }
  return fields;
}
