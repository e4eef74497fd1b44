import { useLayoutEffect } from 'react';
import { readerScroller } from '../../features/keyboard/lib/reader-focus.ts';
import { readPosition, savePosition } from '../../features/library/lib/reading-positions.ts';

/** How long scrolling rests before the place is written down. */
const SAVE_AFTER_MS = 250;

/**
 * Opens article `id` where the reader left it (features/library keeps the place), and keeps
 * the place as they read: when scrolling rests, when the article is left, and when the page
 * is hidden (a reload, a closed tab).
 */
export function useReadingPosition(libraryKey: string, id: string): void {
  useLayoutEffect(() => {
    const reader = readerScroller();
    if (!reader) return;
    const range = () => reader.scrollHeight - reader.clientHeight;
    const stored = readPosition(libraryKey, id);
    if (stored > 0) reader.scrollTop = stored * range();
    let fraction = stored;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const save = () => {
      clearTimeout(timer);
      timer = undefined;
      savePosition(libraryKey, id, fraction);
    };
    const onScroll = () => {
      fraction = range() > 0 ? reader.scrollTop / range() : 0;
      clearTimeout(timer);
      timer = setTimeout(save, SAVE_AFTER_MS);
    };
    reader.addEventListener('scroll', onScroll, { passive: true });
    window.addEventListener('pagehide', save);
    return () => {
      reader.removeEventListener('scroll', onScroll);
      window.removeEventListener('pagehide', save);
      if (timer !== undefined) save();
    };
  }, [libraryKey, id]);
}
