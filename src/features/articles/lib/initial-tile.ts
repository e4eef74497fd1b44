/**
 * The placeholder for an article without a usable thumbnail: its first visible character on a
 * colour picked from a stable hash of a seed (its category or title), so a source keeps its colour.
 */
export function initialOf(text: string): string {
  // A letter says more than a digit ("12 号新闻" → 号): take one when there is one.
  const match = text.match(/\p{L}/u) ?? text.match(/\p{N}/u);
  return match ? match[0].toUpperCase() : '#';
}

/** A hue in [0, 360) from an FNV-1a hash of `seed`. */
export function hueOf(seed: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < seed.length; i++) {
    hash ^= seed.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0) % 360;
}
