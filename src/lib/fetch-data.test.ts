import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DATA_TIMEOUT_MS, DataLoadError, DataNotFoundError, DataOfflineError, DataTimeoutError, fetchData, shouldRetryDataError } from './fetch-data.ts';

/** A fetch that never answers, and rejects like the browser's once its signal aborts. */
function hangingFetch(_url: string, init?: RequestInit): Promise<Response> {
  return new Promise((_, reject) => {
    if (init?.signal?.aborted) reject(new DOMException('The operation was aborted.', 'AbortError'));
    init?.signal?.addEventListener('abort', () => reject(new DOMException('The operation was aborted.', 'AbortError')));
  });
}

const answer = (body: string, init: ResponseInit & { type?: string } = {}) => () =>
  Promise.resolve(new Response(body, { status: init.status ?? 200, headers: { 'content-type': init.type ?? 'application/json' } }));

describe('fetchData', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  it('parses the JSON of a data file under <base>data/', async () => {
    const fetch = vi.fn((url: string) => answer('{"a":1}')().then((r) => (void url, r)));
    vi.stubGlobal('fetch', fetch);
    await expect(fetchData('index.json')).resolves.toEqual({ a: 1 });
    expect(fetch.mock.calls[0][0]).toBe('/data/index.json');
  });

  it('asks for low priority when fetching ahead, and leaves the browser its default otherwise', async () => {
    const fetch = vi.fn((_url: string, _init?: RequestInit) => answer('{}')());
    vi.stubGlobal('fetch', fetch);
    await fetchData('lists/c1/0.json', undefined, DATA_TIMEOUT_MS, 'low');
    await fetchData('lists/c1/1.json');
    expect(fetch.mock.calls.map(([, init]) => init?.priority)).toEqual(['low', undefined]);
  });

  it.each([
    ['HTTP 404', answer('nope', { status: 404, type: 'text/plain' }), DataNotFoundError, 'x.json: not found'],
    ['an HTML fallback page', answer('<!doctype html>', { type: 'text/html; charset=utf-8' }), DataNotFoundError, 'x.json: not found'],
    ['HTTP 500', answer('boom', { status: 500, type: 'text/plain' }), DataLoadError, 'x.json: HTTP 500'],
    ['truncated JSON', answer('{"items": [1, 2'), DataLoadError, 'x.json: invalid JSON'],
  ])('rejects %s with a message naming the file', async (_, fetch, type, message) => {
    vi.stubGlobal('fetch', vi.fn(fetch));
    const error = await fetchData('x.json').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(type);
    expect((error as Error).message).toBe(message);
  });

  it('gives up on a server that never answers after DATA_TIMEOUT_MS', async () => {
    vi.stubGlobal('fetch', vi.fn(hangingFetch));
    const result = fetchData('lists/all/0.json').catch((e: unknown) => e);
    await vi.advanceTimersByTimeAsync(DATA_TIMEOUT_MS - 1);
    let settled = false;
    void result.then(() => (settled = true));
    await Promise.resolve();
    expect(settled).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    const error = await result;
    expect(error).toBeInstanceOf(DataTimeoutError);
    expect((error as Error).message).toBe('lists/all/0.json: no answer within 15 s');
  });

  it('honours a shorter timeout', async () => {
    vi.stubGlobal('fetch', vi.fn(hangingFetch));
    const result = fetchData('index.json', undefined, 2000).catch((e: unknown) => e);
    await vi.advanceTimersByTimeAsync(2000);
    expect(((await result) as Error).message).toBe('index.json: no answer within 2 s');
  });

  it('says a file needs a connection when the browser is offline and nothing answered', async () => {
    vi.stubGlobal('fetch', vi.fn(() => Promise.reject(new TypeError('Failed to fetch'))));
    vi.stubGlobal('navigator', { onLine: false });
    const offline = await fetchData('articles/ab/abc.json').catch((e: unknown) => e);
    expect(offline).toBeInstanceOf(DataOfflineError);
    expect((offline as Error).message).toBe('articles/ab/abc.json: needs a connection (not saved for offline reading)');
    // Online, the same failure is a plain network error (retried once).
    vi.stubGlobal('navigator', { onLine: true });
    expect(await fetchData('x.json').catch((e: unknown) => e)).not.toBeInstanceOf(DataOfflineError);
  });

  it('offline, answers from the kept copy or says at once that a file needs a connection, without waiting on fetch', async () => {
    const fetch = vi.fn(hangingFetch);
    vi.stubGlobal('fetch', fetch);
    vi.stubGlobal('navigator', { onLine: false });
    const kept = new Map([['/data/articles/ab/kept.json', '{"id":"kept"}']]);
    vi.stubGlobal('caches', { match: (url: string) => Promise.resolve(kept.has(url) ? new Response(kept.get(url)) : undefined) });
    await expect(fetchData('articles/ab/kept.json')).resolves.toEqual({ id: 'kept' });
    const missing = await fetchData('articles/cd/never-read.json').catch((e: unknown) => e);
    expect(missing).toBeInstanceOf(DataOfflineError);
    expect(fetch).not.toHaveBeenCalled();
    // Online, the kept copies are the service worker's business: the network is asked.
    vi.stubGlobal('navigator', { onLine: true });
    void fetchData('articles/ab/kept.json').catch(() => undefined);
    await vi.advanceTimersByTimeAsync(0);
    expect(fetch).toHaveBeenCalledTimes(1);
  });

  it('rejects with an AbortError, not a timeout, when the caller cancels', async () => {
    vi.stubGlobal('fetch', vi.fn(hangingFetch));
    const caller = new AbortController();
    const result = fetchData('index.json', caller.signal).catch((e: unknown) => e);
    caller.abort();
    const error = await result;
    expect(error).not.toBeInstanceOf(DataTimeoutError);
    expect((error as Error).name).toBe('AbortError');
  });
});

describe('shouldRetryDataError', () => {
  it.each([
    ['a missing file', new DataNotFoundError('a.json'), false],
    ['invalid JSON', new DataLoadError('a.json', 'invalid JSON'), false],
    ['a timeout (Retry is one click away; no second long wait)', new DataTimeoutError('a.json', 15_000), false],
    ['an HTTP 500', new DataLoadError('a.json', 'HTTP 500'), true],
    ['a dropped connection', new TypeError('Failed to fetch'), true],
    ['offline, not saved (Retry once back online)', new DataOfflineError('a.json'), false],
  ])('%s: retried once = %s', (_, error, once) => {
    expect(shouldRetryDataError(0, error)).toBe(once);
    expect(shouldRetryDataError(1, error)).toBe(false);
  });
});

describe('fetchData taking over the early requests of public/before-first-paint.js', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
    delete (globalThis as { __readerEarlyFetches?: unknown }).__readerEarlyFetches;
  });

  const startEarly = (files: Record<string, Promise<Response>>) => {
    const entries = Object.fromEntries(Object.entries(files).map(([file, response]) => [file, { response, controller: new AbortController() }]));
    (globalThis as { __readerEarlyFetches?: unknown }).__readerEarlyFetches = entries;
    return entries;
  };

  it('uses the early response once, then fetches anew (a retry asks the server again)', async () => {
    startEarly({ 'index.json': answer('{"early":true}')() });
    const fetch = vi.fn(answer('{"early":false}'));
    vi.stubGlobal('fetch', fetch);
    await expect(fetchData('index.json')).resolves.toEqual({ early: true });
    expect(fetch).not.toHaveBeenCalled();
    await expect(fetchData('index.json')).resolves.toEqual({ early: false });
    expect(fetch).toHaveBeenCalledTimes(1);
  });

  it('checks an early answer like any other: HTTP 500 names the file', async () => {
    startEarly({ 'lists/all/0.json': answer('boom', { status: 500, type: 'text/plain' })() });
    vi.stubGlobal('fetch', vi.fn(answer('[]')));
    const error = await fetchData('lists/all/0.json').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DataLoadError);
    expect((error as Error).message).toBe('lists/all/0.json: HTTP 500');
  });

  it('times out an early request that never answers, and aborts it', async () => {
    const controller = new AbortController();
    const response = hangingFetch('', { signal: controller.signal });
    (globalThis as { __readerEarlyFetches?: unknown }).__readerEarlyFetches = { 'index.json': { response, controller } };
    vi.stubGlobal('fetch', vi.fn(answer('{}')));
    const result = fetchData('index.json').catch((e: unknown) => e);
    await vi.advanceTimersByTimeAsync(DATA_TIMEOUT_MS);
    expect(((await result) as Error).message).toBe('index.json: no answer within 15 s');
    expect(controller.signal.aborted).toBe(true);
  });

  it('leaves the early requests of other files alone', async () => {
    const early = startEarly({ 'lists/all/0.json': answer('[1]')() });
    vi.stubGlobal('fetch', vi.fn(answer('{"a":1}')));
    await expect(fetchData('index.json')).resolves.toEqual({ a: 1 });
    expect(Object.keys(early)).toEqual(['lists/all/0.json']);
    await expect(fetchData('lists/all/0.json')).resolves.toEqual([1]);
  });
});
