/**
 * The Atom feed of the newest articles (`atom.xml`), so the archive can be followed in other
 * readers. Atom ids and links must be absolute: the feed is written only with SITE_URL.
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { ArticleSummary, CategoryNode } from '../../../bundle/schema.ts';
import type { BundleStep } from '../step.ts';
import { escapeMarkup, plainLine } from './markup.ts';
import { articlePagePath, FEED_FILE, imageLink, siteLink, siteRootOf, type SiteAddress } from './site-urls.ts';

/** Entries in the feed: the newest dated articles. */
export const FEED_ENTRIES = 50;

function atomFeed(
  site: SiteAddress & { siteUrl: string },
  siteTitle: string,
  articles: readonly ArticleSummary[],
  categoryNames: ReadonlyMap<string, string[]>,
  limit = FEED_ENTRIES,
): string {
  const x = escapeMarkup;
  const title = plainLine(siteTitle);
  // Newest first already; undated articles sort last and have no time for <updated>.
  const newest = articles.filter((article) => article.date !== null).slice(0, limit);
  const entries = newest.map((article) => {
    const link = siteLink(site, articlePagePath(article.id));
    const image = imageLink(site, article.thumb);
    const lines = [
      `    <title>${x(plainLine(article.title) || '（无标题）')}</title>`,
      `    <id>${x(link)}</id>`,
      `    <link rel="alternate" type="text/html" href="${x(link)}"/>`,
      `    <published>${article.date}</published>`,
      `    <updated>${article.date}</updated>`,
    ];
    const author = plainLine(article.author ?? '');
    if (author) lines.push(`    <author><name>${x(author)}</name></author>`);
    const path = article.category ? categoryNames.get(article.category) : undefined;
    if (path) lines.push(`    <category term="${x(path.map(plainLine).join('/'))}"/>`);
    if (image) lines.push(`    <link rel="enclosure" href="${x(image)}"/>`);
    lines.push(`    <summary>${x(plainLine(article.excerpt))}</summary>`);
    return `  <entry>\n${lines.join('\n')}\n  </entry>`;
  });
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="zh-CN">',
    `  <title>${x(title)}</title>`,
    `  <id>${x(site.siteUrl)}</id>`,
    `  <link rel="self" type="application/atom+xml" href="${x(siteLink(site, FEED_FILE))}"/>`,
    `  <link rel="alternate" type="text/html" href="${x(site.siteUrl)}"/>`,
    // The newest article's time, not the clock: the same archive gives the same bytes.
    `  <updated>${newest[0]?.date ?? '1970-01-01T00:00:00.000Z'}</updated>`,
    `  <author><name>${x(title)}</name></author>`,
    ...entries,
    '</feed>',
    '',
  ].join('\n');
}

function categoryNamesByKey(roots: readonly CategoryNode[]): Map<string, string[]> {
  const names = new Map<string, string[]>();
  const visit = (node: CategoryNode) => {
    names.set(node.key, node.path);
    node.children.forEach(visit);
  };
  roots.forEach(visit);
  return names;
}

export function feedStep(site: SiteAddress & { siteUrl: string }): BundleStep {
  return {
    name: 'feed',
    async run(bundle) {
      const root = await siteRootOf(bundle.outDir);
      if (!root) return;
      const xml = atomFeed(site, bundle.index.site.title, bundle.articles, categoryNamesByKey(bundle.index.categories));
      await writeFile(join(root, FEED_FILE), xml);
    },
  };
}
