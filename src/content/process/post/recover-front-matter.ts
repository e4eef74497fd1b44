/**
 * Reads `key: value` front matter line by line, for the files whose YAML is broken or lies
 * (`title: #` is a comment to YAML, `title: "a" 'b'"` is an error). Knows only what the
 * feeds' generator writes: top-level `key: value`, values continued on following lines, and
 * `- item` lists under a key with no inline value.
 */

export type RecoveredValue =
  | { kind: 'scalar'; text: string; quoted: boolean }
  | { kind: 'list'; items: string[] };

export interface RecoveredFrontMatter {
  fields: Map<string, RecoveredValue>;
  /** Keys written more than once (the last one wins, as in the YAML path). */
  duplicates: string[];
}

const KEY_LINE = /^([A-Za-z_][\w-]*)[ \t]*:(?:[ \t]+(.*))?$/;
const LIST_ITEM = /^[ \t]*-(?:[ \t]+(.*))?$/;
const LIST_KEYS = new Set(['categories', 'category', 'tags']);

/** Strips exactly one pair of matching outer quotes; `''` in a well-formed single-quoted value is `'`. */
export function unquote(raw: string): { text: string; quoted: boolean } {
  const text = raw.trim();
  const q = text[0];
  if (text.length >= 2 && (q === '"' || q === "'") && text[text.length - 1] === q) {
    let inner = text.slice(1, -1);
    if (q === "'" && /^(?:[^']|'')*$/.test(inner)) inner = inner.replaceAll("''", "'");
    return { text: inner, quoted: true };
  }
  return { text, quoted: false };
}

function flowItems(text: string): string[] | null {
  if (!(text.startsWith('[') && text.endsWith(']'))) return null;
  const inner = text.slice(1, -1).trim();
  return inner === '' ? [] : inner.split(',').map((s) => unquote(s).text);
}

export function recoverFrontMatter(frontMatter: string): RecoveredFrontMatter {
  const lines = frontMatter.split('\n');
  const fields = new Map<string, RecoveredValue>();
  const duplicates: string[] = [];
  let i = 0;
  while (i < lines.length) {
    const m = KEY_LINE.exec(lines[i]);
    if (!m) {
      i++;
      continue;
    }
    const key = m[1];
    const inline = (m[2] ?? '').trim();
    const continuation: string[] = [];
    let j = i + 1;
    while (j < lines.length && !KEY_LINE.test(lines[j])) {
      continuation.push(lines[j]);
      j++;
    }
    i = j;

    let value: RecoveredValue;
    const listLines = inline === '' ? continuation.filter((l) => LIST_ITEM.test(l)) : [];
    const flow = LIST_KEYS.has(key) ? flowItems(inline) : null;
    if (listLines.length > 0) {
      value = { kind: 'list', items: listLines.map((l) => unquote(LIST_ITEM.exec(l)![1] ?? '').text) };
    } else if (flow) {
      value = { kind: 'list', items: flow };
    } else {
      const joined = [inline, ...continuation.map((l) => l.trim())].filter((s) => s !== '').join(' ');
      value = { kind: 'scalar', ...unquote(joined) };
    }
    if (fields.has(key) && !duplicates.includes(key)) duplicates.push(key);
    fields.set(key, value);
  }
  return { fields, duplicates };
}
