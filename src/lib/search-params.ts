/**
 * Readable search strings for the router. TanStack's default writes JSON
 * (`?category=%22…%22`); these write plain `URLSearchParams`-compatible strings and only
 * percent-encode what would change the meaning (`%`, `&`, `=`, `#`, `+`, whitespace,
 * controls, quotes and angle brackets), so a link reads `?category=金融/新浪财经`.
 */

const MUST_ENCODE = /[%&=#+"'<>`\s\p{Cc}]/u;

function encodeValue(value: string): string {
  let out = '';
  for (const char of value) {
    if (MUST_ENCODE.test(char)) out += encodeURIComponent(char);
    // A lone surrogate cannot be encoded; dropping it keeps the link valid.
    else if (char.length === 1 && /[\uD800-\uDFFF]/.test(char)) continue;
    else out += char;
  }
  return out;
}

function valueToString(value: unknown): string | null {
  if (value === undefined || value === null || value === '') return null;
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return JSON.stringify(value);
}

/** `{ category: '金融/新浪财经' }` → `?category=金融/新浪财经`; empty values are left out. */
export function stringifySearch(search: Record<string, unknown>): string {
  const parts: string[] = [];
  for (const [key, value] of Object.entries(search)) {
    const text = valueToString(value);
    if (text !== null) parts.push(`${encodeValue(key)}=${encodeValue(text)}`);
  }
  return parts.length ? `?${parts.join('&')}` : '';
}

/** `?category=%E9%87%91` → `{ category: '金' }`; the first value of a repeated key wins. */
export function parseSearch(searchString: string): Record<string, string> {
  const result: Record<string, string> = {};
  for (const [key, value] of new URLSearchParams(searchString)) {
    if (!(key in result)) result[key] = value;
  }
  return result;
}
