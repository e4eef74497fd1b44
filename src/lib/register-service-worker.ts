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
  // On a first visit the data already fetched went past the worker: hand it their addresses
  // so what was read before going offline is kept too.
  void navigator.serviceWorker.ready.then((registration) => {
    const dataPrefix = new URL(`${base}data/`, location.href).href;
    const urls = performance
      .getEntriesByType('resource')
      .map((entry) => entry.name)
      .filter((url) => url.startsWith(dataPrefix));
    registration.active?.postMessage({ type: 'keep-data', urls });
  });
}
