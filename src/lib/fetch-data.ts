/** Fetching files of the static data bundle (`<base>data/<path>`). */

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

export function dataUrl(path: string): string {
  return `${import.meta.env.BASE_URL}data/${path}`;
}

export async function fetchData<T>(path: string, signal?: AbortSignal): Promise<T> {
  const response = await fetch(dataUrl(path), { signal });
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
}

/** Query retry policy: a missing or malformed file will not get better; a network blip might. */
export function shouldRetryDataError(failureCount: number, error: unknown): boolean {
  if (error instanceof DataNotFoundError) return false;
  if (error instanceof DataLoadError && error.message.endsWith('invalid JSON')) return false;
  return failureCount < 1;
}
