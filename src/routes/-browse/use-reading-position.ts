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
    let fraction = stored;
    // Until the reader moves, the place is held while late images change the article's height.
    let holding = stored > 0;
    const hold = () => {
      if (holding) reader.scrollTop = stored * range();
    };
    const release = () => {
      holding = false;
    };
    hold();
    const resized = new ResizeObserver(hold);
    const content = reader.querySelector('article');
    if (content) resized.observe(content);
    const moves = ['wheel', 'keydown', 'touchstart', 'pointerdown'] as const;
    moves.forEach((type) => reader.addEventListener(type, release, { passive: true }));
    let timer: ReturnType<typeof setTimeout> | undefined;
    const save = () => {
      clearTimeout(timer);
      timer = undefined;
      savePosition(libraryKey, id, fraction);
    };
    const flush = () => {
      if (timer !== undefined) save();
    };
    const onScroll = () => {
      if (holding) return;
      fraction = range() > 0 ? reader.scrollTop / range() : 0;
      clearTimeout(timer);
      timer = setTimeout(save, SAVE_AFTER_MS);
    };
    reader.addEventListener('scroll', onScroll, { passive: true });
    window.addEventListener('pagehide', flush);
    return () => {
      reader.removeEventListener('scroll', onScroll);
      moves.forEach((type) => reader.removeEventListener(type, release));
      resized.disconnect();
      window.removeEventListener('pagehide', flush);
      flush();
    };
  }, [libraryKey, id]);
}
