/**
 * A count in the reader's locale ("1,234"). Both UI languages (zh-CN, en) group digits by
 * threes with a comma, so whole counts are written without Intl: the first
 * `Intl.NumberFormat` a page builds loads locale data, which would hold up the first screen,
 * and `Number.prototype.toLocaleString(locale)` builds a new formatter on every call (the
 * timeline's bars and the category tree's items format on every render). Anything else (a
 * fraction, a negative or huge number) goes through one cached Intl.NumberFormat per locale.
 */
const formats = new Map<string, Intl.NumberFormat>();

export function formatCount(value: number, locale: string): string {
  if (Number.isSafeInteger(value) && value >= 0) {
    const digits = String(value);
    let out = '';
    for (let end = digits.length; end > 0; end -= 3) out = end - 3 > 0 ? `,${digits.slice(end - 3, end)}${out}` : `${digits.slice(0, end)}${out}`;
    return out;
  }
  let format = formats.get(locale);
  if (!format) formats.set(locale, (format = new Intl.NumberFormat(locale)));
  return format.format(value);
}
