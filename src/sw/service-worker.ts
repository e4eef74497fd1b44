/// <reference lib="webworker" />
/**
 * The offline service worker (built by vite-plugin-pwa's injectManifest into `<base>service-worker.js`).
 *
 * - App shell (index.html, hashed JS/CSS, icons, manifest): precached at install.
 * - Navigations: network first, so a new deploy shows its new app on the next load; with no
 *   network (or none within 4 s) the precached shell, which then boots offline.
 * - Data files (`<base>data/…`): network first, each answer kept in a cache; offline, the kept
 *   copy. Nothing of the bundle is precached (100,000 articles). The cache belongs to one app
 *   build (its name carries the shell's revision; older ones are deleted on activation) and to
 *   one data build: a fresh `index.json` that differs from the kept one empties it first, so the
 *   reader never mixes files of two builds offline.
 */
import { cleanupOutdatedCaches, getCacheKeyForURL, matchPrecache, precache } from 'workbox-precaching';

declare const self: ServiceWorkerGlobalScope & { __WB_MANIFEST: ({ url: string; revision: string | null } | string)[] };

const manifest = self.__WB_MANIFEST;
const SHELL = 'index.html';
const shellRevision = manifest.find((entry) => typeof entry !== 'string' && entry.url === SHELL);
const DATA_PREFIX = 'reader-data-';
const DATA_CACHE = `${DATA_PREFIX}${typeof shellRevision === 'object' ? shellRevision.revision : 'none'}`;
const NAVIGATION_TIMEOUT_MS = 4000;

const scope = new URL(self.registration.scope);
const dataPath = `${scope.pathname}data/`;
const indexUrl = new URL(`${dataPath}index.json`, scope).href;

precache(manifest);
cleanupOutdatedCaches();

self.addEventListener('install', () => void self.skipWaiting());

self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      for (const name of await caches.keys()) {
        if (name.startsWith(DATA_PREFIX) && name !== DATA_CACHE) await caches.delete(name);
      }
      await self.clients.claim();
    })(),
  );
});

self.addEventListener('fetch', (event) => {
  const { request } = event;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== scope.origin) return;
  if (request.mode === 'navigate') return event.respondWith(navigate(request));
  if (url.pathname.startsWith(dataPath)) return event.respondWith(dataFile(request, event));
  if (getCacheKeyForURL(url.href)) return event.respondWith(fromPrecache(request));
});

/** Files the page fetched before this worker controlled it (its first visit): keep them too. */
self.addEventListener('message', (event) => {
  const data = event.data as { type?: string; urls?: unknown } | null;
  if (data?.type !== 'keep-data' || !Array.isArray(data.urls)) return;
  const urls = data.urls.filter((url): url is string => typeof url === 'string' && new URL(url, scope).pathname.startsWith(dataPath));
  event.waitUntil(
    (async () => {
      const cache = await caches.open(DATA_CACHE);
      for (const url of urls) {
        if (await cache.match(url)) continue;
        const response = await fetch(url).catch(() => null);
        if (response && keepable(response)) await cache.put(url, response);
      }
    })(),
  );
});

async function navigate(request: Request): Promise<Response> {
  try {
    return await Promise.race([
      fetch(request),
      new Promise<never>((_, reject) => setTimeout(() => reject(new Error('navigation timed out')), NAVIGATION_TIMEOUT_MS)),
    ]);
  } catch (error) {
    const shell = await matchPrecache(SHELL);
    if (shell) return shell;
    throw error;
  }
}

async function fromPrecache(request: Request): Promise<Response> {
  return (await matchPrecache(request.url)) ?? fetch(request);
}

/** A real data file (an SPA host answers a missing one with its HTML page). */
function keepable(response: Response): boolean {
  return response.ok && !response.headers.get('content-type')?.includes('text/html');
}

async function dataFile(request: Request, event: FetchEvent): Promise<Response> {
  let response: Response;
  try {
    response = await fetch(request);
  } catch (error) {
    const kept = await caches.open(DATA_CACHE).then((cache) => cache.match(request));
    if (kept) return kept;
    throw error;
  }
  if (keepable(response)) event.waitUntil(keep(request, response.clone()));
  return response;
}

async function keep(request: Request, response: Response): Promise<void> {
  let cache = await caches.open(DATA_CACHE);
  if (request.url === indexUrl) {
    const kept = await cache.match(indexUrl);
    if (kept && (await kept.text()) !== (await response.clone().text())) {
      // A new data build: files kept from the old one must not mix with it.
      await caches.delete(DATA_CACHE);
      cache = await caches.open(DATA_CACHE);
    }
  }
  await cache.put(request, response);
}
