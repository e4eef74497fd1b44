import { useCallback, type ReactNode } from 'react';
import { HighlightedText } from '../components/highlighted-text.tsx';
import type { Marker } from '../lib/marker.ts';

/** Draws text (a title, an excerpt) with the query's matches marked; undefined when the query marks nothing. */
export function useMarkedText(marker: Marker | null): ((text: string) => ReactNode) | undefined {
  const render = useCallback((text: string) => (marker ? <HighlightedText text={text} marker={marker} /> : text), [marker]);
  return marker ? render : undefined;
}
