import { useCallback } from 'react';
import { highlightInDom } from '../lib/highlight-dom.ts';
import type { Marker } from '../lib/marker.ts';

/** Marks the query's matches in a sanitized body's text nodes (returns the undo); undefined when the query marks nothing. */
export function useMarkedBody(marker: Marker | null): ((root: HTMLElement) => () => void) | undefined {
  const decorate = useCallback((root: HTMLElement) => (marker ? highlightInDom(root, marker) : () => {}), [marker]);
  return marker ? decorate : undefined;
}
