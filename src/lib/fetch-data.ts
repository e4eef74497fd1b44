/** Fetching files of the static data bundle (`<base>data/<path>`). */

/** How long a data file may take (headers and body) before the request is given up. */
export const DATA_TIMEOUT_MS = 15_000;

/** The file does not exist (HTTP 404/410, or an HTML fallback page served in its place). */
export class DataNotFoundError extends Error {
  constructor(readonly path: string) {
    super(`${path}: not found`);
    this.name = 'DataNotFoundError';
  }
}

/** The file exists but could not be read: HTTP error or content that is not valid JSON. */
export class DataLoadError extends Error {
  constructor(readonly path: string, reason: string) {
    super(`${path}: ${reason}`);
    this.name = 'DataLoadError';
  }
}

/** The server accepted the request but did not deliver the file in time. */
export class DataTimeoutError extends DataLoadError {
  constructor(path: string, timeoutMs: number) {
    super(path, `no answer within ${Math.round(timeoutMs / 1000)} s`);
    this.name = 'DataTimeoutError';
  }
}

/** The browser is offline and the file was not saved for offline reading (service worker cache). */
export class DataOfflineError extends Error {
  constructor(readonly path: string) {
    super(`${path}: needs a connection (not saved for offline reading)`);
    this.name = 'DataOfflineError';
  }
}

function dataUrl(path: string): string {
  return `${import.meta.env.BASE_URL}data/${path}`;
}

/** A request public/before-first-paint.js started before the app loaded (the first screen's files). */
interface EarlyFetch {
  response: Promise<Response>;
  controller: AbortController;
}

/** The early request for `path`, if one was started and not yet taken: each serves one fetch only. */
function takeEarlyFetch(path: string): EarlyFetch | undefined {
  const early = (globalThis as { __readerEarlyFetches?: Record<string, EarlyFetch> }).__readerEarlyFetches;
  const entry = early?.[path];
  if (entry) delete early[path];
  return entry;
}

/** The browser knows it has no network (`onLine` is reliable when false, not when true). */
const knownOffline = () => typeof navigator !== 'undefined' && navigator.onLine === false;

/**
 * Offline, a data file is either kept by the service worker or cannot be had. Asking the kept
 * copies directly answers at once; going through fetch() would wait on however the browser and
 * the worker treat a missing network (a click on an article that was never read must say at
 * once that it needs a connection). `undefined`: no Cache API here, so ask fetch().
 */
async function keptCopy(path: string): Promise<Response | null | undefined> {
  if (typeof caches === 'undefined') return undefined;
  return (await caches.match(dataUrl(path)).catch(() => undefined)) ?? null;
}

/**
 * Fetches and parses one data file, taking over the early request for it if there is one. A
 * server that never answers (or stalls mid-body) fails after `timeoutMs` instead of leaving the
 * view on its skeleton forever; cancelling `signal` (the query was dropped) rejects with the
 * browser's AbortError as usual. `priority: 'low'` is for fetching ahead: it yields to what the
 * page needs now (fetch priority hints; ignored where unsupported).
 */
export async function fetchData<T>(
  path: string,
  signal?: AbortSignal,
  timeoutMs: number = DATA_TIMEOUT_MS,
  priority?: RequestPriority,
): Promise<T> {
  const controller = new AbortController();
  const cancel = () => controller.abort(signal?.reason);
  if (signal?.aborted) cancel();
  signal?.addEventListener('abort', cancel);
  let timedOut = false;
  // A plain timer rather than AbortSignal.timeout(): tests can drive it with a fake clock.
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, timeoutMs);
  try {
    const kept = knownOffline() ? await keptCopy(path) : undefined;
    if (kept === null) throw new DataOfflineError(path);
    const early = kept ? undefined : takeEarlyFetch(path);
    if (early) {
      const stop = () => early.controller.abort(controller.signal.reason);
      if (controller.signal.aborted) stop();
      else controller.signal.addEventListener('abort', stop, { once: true });
    }
    const response = kept ?? await (early ? early.response : fetch(dataUrl(path), priority ? { signal: controller.signal, priority } : { signal: controller.signal }));
    if (response.status === 404 || response.status === 410) throw new DataNotFoundError(path);
    if (!response.ok) throw new DataLoadError(path, `HTTP ${response.status}`);
    // Static hosts with an SPA fallback (and Vite's dev server) answer a missing file with
    // index.html and status 200: that is a missing file, not a broken one.
    if (response.headers.get('content-type')?.includes('text/html')) throw new DataNotFoundError(path);
    const text = await response.text();
    try {
      return JSON.parse(text) as T;
    } catch {
      throw new DataLoadError(path, 'invalid JSON');
    }
  } catch (error) {
    if (timedOut) throw new DataTimeoutError(path, timeoutMs);
    // fetch() rejects with a TypeError when there is no network (and no cached copy).
    if (error instanceof TypeError && knownOffline()) throw new DataOfflineError(path);
    throw error;
  } finally {
    clearTimeout(timer);
    signal?.removeEventListener('abort', cancel);
  }
}

/**
 * Query retry policy: a missing or malformed file will not get better, and a server that let
 * a request hang would make the reader wait a second time before seeing Retry; a network blip
 * might pass, so that is retried once.
 */
export function shouldRetryDataError(failureCount: number, error: unknown): boolean {
  if (error instanceof DataNotFoundError || error instanceof DataTimeoutError || error instanceof DataOfflineError) return false;
  if (error instanceof DataLoadError && error.message.endsWith('invalid JSON')) return false;
  return failureCount < 1;
}
