import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';
import { createViewPrefetcher, type ViewPrefetcher } from './prefetch-in-view.ts';

/** Starts watching an element that leads to `target`; returns what stops it. */
export type WatchInView<T> = (element: Element, target: T) => () => void;

/**
 * A stable WatchInView for a component's links (lib/prefetch-in-view.ts): what is watched and in
 * view is fetched ahead with the latest `onPrefetch`, once per `keyOf`; while there is no
 * `onPrefetch`, nothing is.
 */
export function useViewPrefetch<T>(
  onPrefetch: ((target: T) => Promise<unknown> | false) | undefined,
  keyOf: (target: T) => string,
): WatchInView<T> {
  const latest = useRef(onPrefetch);
  useLayoutEffect(() => {
    latest.current = onPrefetch;
  });
  // keyOf is read once: the prefetcher made with it lives as long as the component.
  const [firstKeyOf] = useState(() => keyOf);
  const prefetcher = useRef<ViewPrefetcher<T> | null>(null);
  useEffect(
    () => () => {
      prefetcher.current?.dispose();
      prefetcher.current = null;
    },
    [],
  );
  return useCallback((element: Element, target: T) => {
    // Made on first use (refs attach before effects run), and again after a remount.
    prefetcher.current ??= createViewPrefetcher((picked: T) => latest.current?.(picked) ?? false, firstKeyOf);
    return prefetcher.current.observe(element, target);
  }, [firstKeyOf]);
}
