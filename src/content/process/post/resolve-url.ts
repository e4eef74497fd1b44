export type UrlKind = 'link' | 'media';

export interface UrlContext {
  /** Folder of the post relative to the content root, forward slashes, no leading or trailing slash. */
  postDir: string;
  /** Prefix under which local assets of the content folder are published. */
  assetBase: string;
  /**
   * Whether a file of the content folder (path relative to its root, decoded, forward slashes)
   * is published as an asset. When given, relative media naming no such file are dropped and
   * listed in `missingAssets`; when absent, every relative media URL is assumed to exist.
   */
  assetExists?: (path: string) => boolean;
  /** Receives each relative media URL dropped because `assetExists` said no, as written. */
  missingAssets?: string[];
}

const SCHEME = /^([a-zA-Z][a-zA-Z0-9+.-]*):/;
const LINK_SCHEMES = new Set(['http', 'https', 'mailto']);
const MEDIA_SCHEMES = new Set(['http', 'https']);
// Browsers ignore these inside URLs (`java\tscript:` is `javascript:`), so must we.
// eslint-disable-next-line no-control-regex -- the control characters are what this pattern removes
const IGNORED_CHARS = /[\u0000-\u001F\u007F]/g;

/**
 * The URL to publish for an attribute value, or null when it must go.
 * Links keep http(s) and mailto; media keep http(s). `//host/x` is read as https.
 * A relative media URL names a file of the content folder (`x.png` next to the post,
 * `/x.png` from the content root) and is rewritten under `assetBase`; a relative link has no
 * page to point to in the reader, so it is dropped.
 */
export function resolveUrl(raw: string, kind: UrlKind, ctx: UrlContext): string | null {
  const url = raw.trim().replace(IGNORED_CHARS, '');
  if (url === '') return null;
  if (url.startsWith('//')) return `https:${url}`;
  const scheme = SCHEME.exec(url);
  if (scheme) {
    const name = scheme[1].toLowerCase();
    return (kind === 'link' ? LINK_SCHEMES : MEDIA_SCHEMES).has(name) ? url : null;
  }
  if (kind === 'link') return null;
  if (url.startsWith('#') || url.startsWith('?')) return null;
  const path = localAssetPath(url, ctx.postDir);
  if (ctx.assetExists && !ctx.assetExists(decodePath(path))) {
    ctx.missingAssets?.push(raw.trim());
    return null;
  }
  return ctx.assetBase + path;
}

/** The file path a percent-encoded URL path names; a malformed escape names no file. */
function decodePath(path: string): string {
  try {
    return decodeURIComponent(path).normalize('NFC');
  } catch {
    return '';
  }
}

const BASE = 'http://content.invalid/';

/** Percent-encoded path of a relative URL inside the content folder (never above its root). */
function localAssetPath(url: string, postDir: string): string {
  const dir = postDir === '' ? '' : `${postDir.split('/').map(encodeURIComponent).join('/')}/`;
  const resolved = new URL(url, BASE + dir);
  return resolved.pathname.slice(1);
}
