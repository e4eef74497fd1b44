/**
 * Where the prerendered pages live and how they are linked. An article's page answers its deep
 * link `/articles/<id>`: the file is `articles/<id>.html`, which GitHub Pages, Netlify and
 * Cloudflare Pages serve for the path without extension (and nginx with `try_files $uri.html`).
 * Categories are a query parameter in the app (`/?category=…`), which no static host can map to
 * a file: their pages live at `/categories/<key>`, a route that opens the same list.
 */

import { stat } from 'node:fs/promises';
import { dirname, join } from 'node:path';

/**
 * The site folder around a bundle (`dist` for `dist/data`) when it holds the built app
 * (`index.html`); null for a bundle written on its own, next to which nothing else is written.
 */
export async function siteRootOf(bundleDir: string): Promise<string | null> {
  const root = dirname(bundleDir);
  return (await stat(join(root, 'index.html')).then((s) => s.isFile(), () => false)) ? root : null;
}

/** Folders of the site root the pages are written to (kept apart from the data bundle). */
export const PAGE_FOLDERS = ['articles', 'categories'] as const;

export const articlePagePath = (id: string) => `articles/${id}`;
export const categoryPagePath = (key: string) => `categories/${key}`;
export const pageFile = (pagePath: string) => `${pagePath}.html`;

/** The feed and the sitemap, at the site root. */
export const FEED_FILE = 'atom.xml';
export const SITEMAP_FILE = 'sitemap.xml';

export interface SiteAddress {
  /** URL prefix of the site, ending in `/` (BASE_PATH). */
  basePath: string;
  /** Public address of the site root, ending in `/`, or null when not configured (SITE_URL). */
  siteUrl: string | null;
}

/**
 * A path of the site (`articles/<id>`: URL-safe, relative) as a link: absolute with SITE_URL
 * (normalized to end in `/` by config.ts), else from the host root.
 */
export function siteLink(site: SiteAddress, path: string): string {
  return `${site.siteUrl ?? site.basePath}${path}`;
}

/**
 * An image URL for `og:image`: remote http(s) images as they are, the archive's own images
 * (`/news/data/assets/…`) made absolute with SITE_URL; anything else (other schemes, relative
 * paths) is no image.
 */
export function imageLink(site: SiteAddress, url: string | null): string | null {
  if (!url) return null;
  if (/^https?:\/\//i.test(url)) {
    try {
      return new URL(url).href;
    } catch {
      return null;
    }
  }
  if (url.startsWith('/') && !url.startsWith('//')) return site.siteUrl ? new URL(url, site.siteUrl).href : url;
  return null;
}
