/**
 * The reading view from the keyboard. Contract with the reader: its scroll area has
 * `data-reader-scroll` and `tabindex="-1"`. With focus on it, the browser's own keys (Space,
 * PageDown, ↓, Home, End) scroll the article rather than the list beside it.
 */

const READER_SELECTOR = '[data-reader-scroll]';

export function readerScroller(): HTMLElement | null {
  return document.querySelector<HTMLElement>(READER_SELECTOR);
}

/** Moves focus to the article without scrolling anything, so the list keeps its place. */
export function focusReader(): void {
  const reader = readerScroller();
  if (reader && !reader.contains(document.activeElement)) reader.focus({ preventScroll: true });
}

/** Whether the reader shows the end of the article (within a pixel, for fractional zoom). */
export function readerAtEnd(reader: HTMLElement): boolean {
  return reader.scrollTop + reader.clientHeight >= reader.scrollHeight - 1;
}

/** Scrolls the reader one screen down, keeping a few lines of the last screen in view. */
export function pageReader(reader: HTMLElement): void {
  reader.scrollBy({ top: Math.max(reader.clientHeight - 48, reader.clientHeight * 0.8), behavior: 'instant' });
}
