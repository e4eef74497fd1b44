import { decodeHTML } from 'entities';
import { message, type Message } from '../../report/codes.ts';
import { oneLine } from './one-line.ts';
import { quote } from './quote.ts';

/**
 * Turns front-matter values (strings, lists, or whatever YAML made of them) into the post's
 * text fields. Entities (`&#123;`, `&amp;`) are decoded here, after YAML has seen the text.
 */

const MAX_CATEGORY_DEPTH = 3;

/** A decoded, collapsed string, or null when the value is absent, blank or not text. */
export function readText(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const text = oneLine(value.includes('&') ? decodeHTML(value) : value);
  return text === '' ? null : text;
}

export function readCategories(value: unknown, messages: Message[]): string[] {
  if (value === undefined || value === null) return [];
  if (typeof value === 'string') {
    const name = readText(value);
    return name === null ? [] : [name];
  }
  if (!Array.isArray(value)) {
    messages.push(message('category-invalid', null));
    return [];
  }
  const path: string[] = [];
  value.forEach((item, i) => {
    // The failsafe schema keeps `- 2021` as the string "2021": no number ever reaches here.
    if (typeof item === 'string') {
      const name = readText(item);
      if (name === null) messages.push(message('category-invalid', i + 1, 'is empty; dropped'));
      else path.push(name);
    } else if (item === null || item === undefined) {
      messages.push(message('category-invalid', i + 1, 'is empty; dropped'));
    } else if (Array.isArray(item) && item.length === 1 && typeof item[0] === 'string' && readText(item[0])) {
      // `-  - news`: the generator wrote a name that began with "- ", which YAML reads as a list.
      const name = readText(item[0])!;
      messages.push(message('category-invalid', i + 1, `is a nested list [${quote(name)}]; used ${quote(name)}`));
      path.push(name);
    } else {
      messages.push(message('category-invalid', i + 1, `is a ${Array.isArray(item) ? 'list' : 'mapping'}, not a name; dropped`));
    }
  });
  if (path.length > MAX_CATEGORY_DEPTH) {
    const dropped = path.slice(MAX_CATEGORY_DEPTH).map((n) => quote(n)).join(', ');
    messages.push(message('category-too-deep', path.length, MAX_CATEGORY_DEPTH, dropped));
    return path.slice(0, MAX_CATEGORY_DEPTH);
  }
  return path;
}
