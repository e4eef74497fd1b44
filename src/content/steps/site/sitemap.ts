/**
 * The sitemap: the home page, every category page and every article page, with absolute URLs
 * (the protocol requires them, so it is written only with SITE_URL). A file holds at most
 * 50,000 URLs; a bigger archive gets `sitemap.xml` as an index of `sitemaps/<n>.xml`.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { ArticleSummary, CategoryNode } from '../../../bundle/schema.ts';
import type { BundleStep } from '../step.ts';
import { clearOutDir } from '../../bundle/write-bundle.ts';
import { escapeMarkup } from './markup.ts';
import { articlePagePath, categoryPagePath, siteLink, siteRootOf, SITEMAP_FILE, type SiteAddress } from './site-urls.ts';

/** The protocol's limit of URLs per sitemap file. */
const SITEMAP_MAX_URLS = 50_000;
const NS = 'http://www.sitemaps.org/schemas/sitemap/0.9';

interface SitemapUrl {
  loc: string;
  lastmod: string | null;
}

function urlset(urls: readonly SitemapUrl[]): string {
  const body = urls.map(({ loc, lastmod }) =>
    lastmod ? `<url><loc>${escapeMarkup(loc)}</loc><lastmod>${lastmod}</lastmod></url>` : `<url><loc>${escapeMarkup(loc)}</loc></url>`,
  );
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="${NS}">\n${body.join('\n')}\n</urlset>\n`;
}

/** The sitemap files by path: one `sitemap.xml`, or an index and its parts. */
export function sitemapFiles(
  site: SiteAddress & { siteUrl: string },
  articles: readonly ArticleSummary[],
  categories: readonly CategoryNode[],
  newest: string | null,
  maxUrls = SITEMAP_MAX_URLS,
): Map<string, string> {
  const urls: SitemapUrl[] = [{ loc: site.siteUrl, lastmod: newest }];
  const visit = (node: CategoryNode) => {
    urls.push({ loc: siteLink(site, categoryPagePath(node.key)), lastmod: null });
    node.children.forEach(visit);
  };
  categories.forEach(visit);
  for (const article of articles) urls.push({ loc: siteLink(site, articlePagePath(article.id)), lastmod: article.date });

  if (urls.length <= maxUrls) return new Map([[SITEMAP_FILE, urlset(urls)]]);
  const files = new Map<string, string>();
  const parts: string[] = [];
  for (let start = 0; start < urls.length; start += maxUrls) {
    const path = `sitemaps/${parts.length + 1}.xml`;
    files.set(path, urlset(urls.slice(start, start + maxUrls)));
    parts.push(`<sitemap><loc>${escapeMarkup(siteLink(site, path))}</loc></sitemap>`);
  }
  files.set(SITEMAP_FILE, `<?xml version="1.0" encoding="UTF-8"?>\n<sitemapindex xmlns="${NS}">\n${parts.join('\n')}\n</sitemapindex>\n`);
  return files;
}

export function sitemapStep(site: SiteAddress & { siteUrl: string }): BundleStep {
  return {
    name: 'sitemap',
    async run(bundle) {
      const root = await siteRootOf(bundle.outDir);
      if (!root) return;
      const { removed } = await clearOutDir(join(root, 'sitemaps'), { contentDir: bundle.options.contentDir, cwd: process.cwd() });
      for (const [path, xml] of sitemapFiles(site, bundle.articles, bundle.index.categories, bundle.index.newest)) {
        await mkdir(join(root, path, '..'), { recursive: true });
        await writeFile(join(root, path), xml);
      }
      await removed;
    },
  };
}
