import { isMap, isScalar, parseDocument } from 'yaml';
import { message, type Message } from '../../report/codes.ts';
import { recoverFrontMatter, type RecoveredFrontMatter, type RecoveredValue } from './recover-front-matter.ts';
import { oneLine } from './one-line.ts';
import { quote } from './quote.ts';
import { simpleFrontMatter } from './simple-front-matter.ts';

export type FrontMatterResult =
  | { ok: true; fields: Record<string, unknown>; messages: Message[] }
  | { ok: false; reason: Message };

const isBlank = (v: unknown) => v === undefined || v === null || (typeof v === 'string' && v.trim() === '');


function plain(value: RecoveredValue): string | string[] {
  return value.kind === 'list' ? value.items : value.text;
}

function firstLine(message: string): string {
  return message.split('\n', 1)[0].trim();
}

/**
 * Parses front matter with the YAML failsafe schema: every scalar stays the exact text
 * written (dates stay strings, `title: 1.50` stays "1.50", `title: null` is the word).
 * Falls back to line-by-line recovery when the YAML is invalid, not a mapping, or reads a
 * field as empty while its line has a value. Entities are NOT decoded here: `&#123;` must
 * reach YAML as written, or `title: &#123;a&#125;` would become a flow mapping.
 */
export function parseFrontMatter(frontMatter: string): FrontMatterResult {
  const recovered = recoverFrontMatter(frontMatter);
  const messages: Message[] = [];
  // Plain `key: value` lines need no YAML parser (same fields, see simple-front-matter.ts).
  const simple = simpleFrontMatter(frontMatter);
  const read = simple ? { fields: simple as Record<string, unknown>, done: false } : readYaml(frontMatter, recovered, messages);
  if (!('fields' in read)) return read;
  const { fields } = read;
  if (read.done) return { ok: true, fields, messages };

  for (const [key, value] of recovered.fields) {
    const fromLine = plain(value);
    if (isBlank(fields[key]) && !isBlank(fromLine) && !(Array.isArray(fromLine) && fromLine.length === 0)) {
      fields[key] = fromLine;
      messages.push(message('yaml-line-differs', key, null, quote(String(fromLine))));
    }
  }

  // An unquoted title line is the title as written; YAML may have cut it at ` #` or read a
  // leading `&x`/`!x` as an anchor or tag.
  const rawTitle = recovered.fields.get('title');
  if (rawTitle?.kind === 'scalar' && !rawTitle.quoted && typeof fields.title === 'string') {
    if (oneLine(rawTitle.text) !== oneLine(fields.title)) {
      messages.push(message('yaml-line-differs', 'title', quote(fields.title), quote(rawTitle.text)));
      fields.title = rawTitle.text;
    }
  }
  return { ok: true, fields, messages };
}

/**
 * The YAML library's reading, with messages for repeated keys; `done` when the YAML was unusable
 * and the fields were recovered line by line instead (nothing more to check).
 */
function readYaml(
  frontMatter: string,
  recovered: RecoveredFrontMatter,
  messages: Message[],
): { fields: Record<string, unknown>; done: boolean } | { ok: false; reason: Message } {
  const doc = parseDocument(frontMatter, { schema: 'failsafe', uniqueKeys: false, prettyErrors: false });
  const contents = doc.contents;
  const yamlProblem =
    doc.errors.length > 0
      ? `front matter is not valid YAML (${firstLine(doc.errors[0].message)})`
      : contents === null || isMap(contents)
        ? null
        : `front matter is a YAML ${isScalar(contents) ? 'scalar' : 'list'}, not key: value pairs`;

  if (yamlProblem) {
    if (recovered.fields.size === 0) return { ok: false, reason: message('yaml-unrecoverable', yamlProblem) };
    messages.push(message('yaml-invalid', yamlProblem));
    for (const key of recovered.duplicates) messages.push(message('key-duplicate', key));
    const fields: Record<string, unknown> = {};
    for (const [key, value] of recovered.fields) fields[key] = plain(value);
    return { fields, done: true };
  }

  // Here the contents are a map (or nothing), which toJS() makes a plain object.
  const fields = (contents === null ? {} : (doc.toJS() as Record<string, unknown> | null)) ?? {};
  if (isMap(contents)) {
    const seen = new Set<string>();
    const reported = new Set<string>();
    for (const item of contents.items) {
      const key = isScalar(item.key) ? String(item.key.value) : String(item.key);
      if (seen.has(key) && !reported.has(key)) {
        messages.push(message('key-duplicate', key));
        reported.add(key);
      }
      seen.add(key);
    }
  }
  return { fields, done: false };
}
