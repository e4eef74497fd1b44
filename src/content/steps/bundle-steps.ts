/**
 * The steps that derive more files from a finished bundle, in the order they run. Both the CLI
 * and the Vite plugin (through the CLI) build with these.
 */
import type { BundleStep } from './step.ts';
import type { ContentConfig } from '../cli/config.ts';
import { searchIndexStep } from './search-index/search-index-step.ts';
import { feedStep } from './site/feed.ts';
import { previewPagesStep } from './site/preview-pages.ts';
import { sitemapStep } from './site/sitemap.ts';

export function bundleSteps(config: ContentConfig): BundleStep[] {
  const { basePath, siteUrl } = config;
  // Link previews, 404.html, feed and sitemap go next to the bundle, only when the built app is there.
  const steps = [searchIndexStep(), previewPagesStep({ basePath, siteUrl, feed: siteUrl !== null })];
  // Both need absolute URLs: without SITE_URL there is no feed and no sitemap.
  if (siteUrl) steps.push(feedStep({ basePath, siteUrl }), sitemapStep({ basePath, siteUrl }));
  return steps;
}
