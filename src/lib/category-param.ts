/**
 * The `category` search param: a category node's name path joined by `/`, so links read
 * `?category=金融/新浪财经`. A `/` inside a name is written `\/` and a `\` as `\\`, so every
 * name round-trips.
 */

export function encodeCategoryParam(path: readonly string[]): string {
  return path.map((name) => name.replace(/\\/g, '\\\\').replace(/\//g, '\\/')).join('/');
}

/**
 * The name path of a `category` param. Hand-edited values never throw: an unknown escape
 * (`\x`) keeps the character after the backslash and a trailing lone `\` is kept as is.
 */
export function decodeCategoryParam(param: string): string[] {
  const names: string[] = [];
  let current = '';
  for (let i = 0; i < param.length; i++) {
    const char = param[i];
    if (char === '\\' && i + 1 < param.length) {
      current += param[++i];
    } else if (char === '/') {
      names.push(current);
      current = '';
    } else {
      current += char;
    }
  }
  names.push(current);
  return names;
}
