/**
 * Where the reader left each list (its scroll offset in px), per list key, for this browser
 * tab: Back, the mobile "back to list" link and a reload all return to the same place.
 */
const PREFIX = 'reader:list-offset:';

export function readListOffset(listKey: string): number {
  try {
    const value = Number(sessionStorage.getItem(PREFIX + listKey));
    return Number.isFinite(value) && value > 0 ? value : 0;
  } catch {
    return 0;
  }
}

export function saveListOffset(listKey: string, offset: number): void {
  try {
    sessionStorage.setItem(PREFIX + listKey, String(Math.round(offset)));
  } catch {
    // Storage unavailable: the list simply opens at the top next time.
  }
}

/** Start the list at the top next time (a fresh pick from the sidebar). */
export function forgetListOffset(listKey: string): void {
  try {
    sessionStorage.removeItem(PREFIX + listKey);
  } catch {
    // Nothing stored then.
  }
}
