/**
 * Fetching ahead what the links in view lead to, as Next.js and Astro do for links in the
 * viewport: once the page has loaded and the browser is idle, each target whose element is on
 * screen is prefetched, once. Nothing happens for what is hidden (a closed drawer, a collapsed
 * branch, items scrolled away), nor when the reader asked to save data (Save-Data) or the
 * connection is a 2G one.
 */

import { whenIdle } from './when-idle.ts';

/** What the prefetcher needs from the browser; tests pass their own. */
export interface ViewPrefetchEnv {
  IntersectionObserver?: typeof IntersectionObserver;
  /** Calls `run` at an idle moment after the page's load event. Returns a canceller. */
  whenLoadedAndIdle: (run: () => void) => () => void;
  /** Nothing is fetched ahead: the reader asked to save data (Save-Data), or the connection is 2G. */
  saveData: boolean;
}

export interface ViewPrefetcher<T> {
  /** Watches `element`, which leads to `target`. Returns what stops watching it. */
  observe: (element: Element, target: T) => () => void;
  /** Stops everything (nothing more is prefetched). */
  dispose: () => void;
}

/** How long an idle moment is waited for before the prefetch runs anyway. */
const IDLE_TIMEOUT_MS = 3000;

function browserPrefetchEnv(): ViewPrefetchEnv {
  // The Network Information API (Chromium): absent elsewhere, where nothing tells us to save data.
  const connection = (globalThis.navigator as { connection?: { saveData?: boolean; effectiveType?: string } } | undefined)?.connection;
  return {
    IntersectionObserver: globalThis.IntersectionObserver,
    saveData: connection?.saveData === true || /2g$/.test(connection?.effectiveType ?? ''),
    whenLoadedAndIdle: (run) => {
      let cancelIdle: (() => void) | undefined;
      const onIdle = () => {
        cancelIdle = whenIdle(run, IDLE_TIMEOUT_MS);
      };
      if (document.readyState === 'complete') onIdle();
      else window.addEventListener('load', onIdle, { once: true });
      return () => {
        window.removeEventListener('load', onIdle);
        cancelIdle?.();
      };
    },
  };
}

/**
 * Prefetches `prefetch(target)` for each watched element that is in view at an idle moment,
 * once per `keyOf(target)` for the prefetcher's life, one at a time: the next waits for the
 * previous download and another idle moment, so what the reader does next never queues behind
 * a burst (picking a node brings its children into view). `prefetch` resolves when its download
 * is done, or returns false when it fetched nothing (not now): that target is tried again at a
 * later idle moment.
 */
export function createViewPrefetcher<T>(
  prefetch: (target: T) => Promise<unknown> | false,
  keyOf: (target: T) => string,
  env: ViewPrefetchEnv = browserPrefetchEnv(),
): ViewPrefetcher<T> {
  const Observer = env.IntersectionObserver;
  if (env.saveData || !Observer) return { observe: () => () => undefined, dispose: () => undefined };

  const targets = new Map<Element, T>();
  const inView = new Set<Element>();
  const done = new Set<string>();
  let cancelPending: (() => void) | null = null;
  let busy = false;
  let disposed = false;

  /** Starts the next download of what is in view; false when there is none. */
  const next = (): boolean => {
    for (const element of inView) {
      const target = targets.get(element);
      if (target === undefined) continue;
      const key = keyOf(target);
      if (done.has(key)) continue;
      const download = prefetch(target);
      if (download === false) continue;
      done.add(key);
      busy = true;
      const settle = () => {
        busy = false;
        if (!disposed) schedule();
      };
      download.then(settle, settle);
      return true;
    }
    return false;
  };
  const schedule = () => {
    if (cancelPending || busy || !inView.size) return;
    cancelPending = env.whenLoadedAndIdle(() => {
      cancelPending = null;
      next();
    });
  };
  const observer = new Observer((entries) => {
    for (const entry of entries) {
      if (entry.isIntersecting) inView.add(entry.target);
      else inView.delete(entry.target);
    }
    schedule();
  });

  return {
    observe: (element, target) => {
      targets.set(element, target);
      observer.observe(element);
      return () => {
        observer.unobserve(element);
        targets.delete(element);
        inView.delete(element);
      };
    },
    dispose: () => {
      disposed = true;
      observer.disconnect();
      cancelPending?.();
      cancelPending = null;
      targets.clear();
      inView.clear();
    },
  };
}
