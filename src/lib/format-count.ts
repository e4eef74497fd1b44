/**
 * A count in the reader's locale ("1,234"), with one Intl.NumberFormat per locale:
 * `Number.prototype.toLocaleString(locale)` builds a new formatter on every call, which the
 * category tree does for each of its items on every render (2,000 siblings: ~0.1 s a render).
 */
const formats = new Map<string, Intl.NumberFormat>();

export function formatCount(value: number, locale: string): string {
  let format = formats.get(locale);
  if (!format) formats.set(locale, (format = new Intl.NumberFormat(locale)));
  return format.format(value);
}
