/**
 * Registers the offline service worker (`<base>service-worker.js`, built from src/sw/service-worker.ts).
 * No reload on update: navigations go to the network first, so a new deploy is already what
 * the next load shows; the new worker takes over in the background.
 */
export function registerServiceWorker(): void {
  if (import.meta.env.DEV || !('serviceWorker' in navigator)) return;
  const base = import.meta.env.BASE_URL;
  navigator.serviceWorker.register(`${base}service-worker.js`, { scope: base }).catch(() => {
    // No service worker (private mode, an old browser, a file:// page): the app works online.
  });
  // On a first visit the data fetched before the worker took control went past it: hand it
  // their addresses so what was read before going offline is kept too. That is every data file
  // whose request no worker handled (`workerStart` 0): those already done when the worker is
  // ready, and those still on their way then, which finish after it (a list page fetched while
  // the worker takes over would otherwise be missing offline).
  void navigator.serviceWorker.ready.then((registration) => {
    const dataPrefix = new URL(`${base}data/`, location.href).href;
    const keep = (entries: readonly PerformanceEntry[]) => {
      const urls = (entries as readonly PerformanceResourceTiming[])
        .filter((entry) => entry.workerStart === 0 && entry.name.startsWith(dataPrefix))
        .map((entry) => entry.name);
      if (urls.length > 0) registration.active?.postMessage({ type: 'keep-data', urls });
    };
    keep(performance.getEntriesByType('resource'));
    if (typeof PerformanceObserver === 'function') new PerformanceObserver((list) => keep(list.getEntries())).observe({ type: 'resource' });
  });
}
