/**
 * Where the reader left each article, as a fraction of its scrollable height (0 at the top, 1
 * at the end), so a reload, Back or a later return opens it there. Kept for the last
 * MAX_POSITIONS articles read (least recently used dropped first), per archive, beside the
 * library in localStorage; an article marked unread starts again from its top.
 */

export const MAX_POSITIONS = 500;

/** [article id, fraction], least recently used first. */
export type Positions = readonly (readonly [string, number])[];

export function positionOf(positions: Positions, id: string): number {
  return positions.find(([other]) => other === id)?.[1] ?? 0;
}

/** The positions with `id` at `fraction`, most recently used; a position at the top is dropped. */
export function withPosition(positions: Positions, id: string, fraction: number): Positions {
  const others = positions.filter(([other]) => other !== id);
  const kept = fraction > 0 ? [...others, [id, Math.min(1, Math.round(fraction * 1e4) / 1e4)] as const] : others;
  return kept.slice(Math.max(0, kept.length - MAX_POSITIONS));
}

/** Positions read back from storage: anything malformed is left out, never trusted. */
export function parsePositions(text: string | null): Positions {
  try {
    const value: unknown = text ? JSON.parse(text) : [];
    if (!Array.isArray(value)) return [];
    return value
      .filter((entry): entry is [string, number] => Array.isArray(entry) && typeof entry[0] === 'string' && typeof entry[1] === 'number' && entry[1] > 0 && entry[1] <= 1)
      .slice(-MAX_POSITIONS);
  } catch {
    return [];
  }
}

const keyOf = (libraryKey: string) => libraryKey.replace(/^reader:library:/, 'reader:positions:');

function storage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

/** The stored position of `id` in the archive whose library is kept under `libraryKey`. */
export function readPosition(libraryKey: string, id: string): number {
  return positionOf(parsePositions(storage()?.getItem(keyOf(libraryKey)) ?? null), id);
}

export function savePosition(libraryKey: string, id: string, fraction: number): void {
  const store = storage();
  if (!store) return;
  try {
    const next = withPosition(parsePositions(store.getItem(keyOf(libraryKey))), id, fraction);
    store.setItem(keyOf(libraryKey), JSON.stringify(next));
  } catch {
    // Storage full or disabled: the article opens at its top next time.
  }
}
