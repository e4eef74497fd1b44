/**
 * Whether an image URL from the bundle may be loaded: http(s) only, relative URLs resolved
 * against the page. A bundle served from elsewhere could carry `javascript:`, `data:` or other
 * schemes in `thumb`, which is rendered without going through the body sanitizer.
 */
export function isWebImageUrl(url: string, base: string): boolean {
  try {
    const { protocol } = new URL(url, base);
    return protocol === 'https:' || protocol === 'http:';
  } catch {
    return false;
  }
}
