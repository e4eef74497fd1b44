const MAX = 60;

/** A value quoted for a message, on one line and cut (never inside a surrogate pair) to stay readable. */
export function quote(value: string): string {
  const oneLine = value.replace(/\s+/g, ' ');
  if (oneLine.length <= MAX) return JSON.stringify(oneLine);
  const end = /[\uD800-\uDBFF]/.test(oneLine[MAX - 1]) ? MAX - 1 : MAX;
  return JSON.stringify(`${oneLine.slice(0, end)}…`);
}
