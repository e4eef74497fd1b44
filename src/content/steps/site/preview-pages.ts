/**
 * Link previews: a small HTML page per article and per category, at the path a shared link
 * opens. Each page is the built app's `index.html` with its `<title>` replaced by the article's
 * meta tags (Open Graph, canonical), so chat apps and crawlers see a card while a browser boots
 * the app on the same view. Also writes `404.html` (the app, for hosts that answer unknown paths
 * with it, e.g. GitHub Pages) and `.nojekyll` (GitHub Pages must not run Jekyll on the site).
 *
 * The template is `<bundle>/../index.html`: `dist/index.html` in `vite build`, the copied app
 * shell in the benchmark. Without it (the pipeline run alone) no page is written.
 */
import { createHash } from 'node:crypto';
import { readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { ArticleSummary, CategoryNode } from '../../../bundle/schema.ts';
import type { BundleStep, FinishedBundle } from '../../build/build-archive.ts';
import { clearOutDir, createBundleWriter } from '../../bundle/write-bundle.ts';
import { escapeMarkup, plainLine } from './markup.ts';
import {
  articlePagePath,
  categoryPagePath,
  FEED_FILE,
  imageLink,
  pageFile,
  PAGE_FOLDERS,
  siteLink,
  siteRootOf,
  type SiteAddress,
} from './site-urls.ts';

/** Written next to the article pages: which template and settings they were made with. */
const STAMP_FILE = 'articles/.pages-stamp';
/** The app icon, the preview image of pages without a picture (absolute URLs only). */
const ICON_PATH = 'icons/icon-512.png';

export interface PreviewSettings extends SiteAddress {
  /** Whether the feed is written (it is linked from every page). */
  feed: boolean;
}

/** The template cut around its `<title>`: a page is `before + tags + after`. */
export interface PageTemplate {
  before: string;
  after: string;
}

export function splitTemplate(html: string): PageTemplate {
  const match = /<title>[^<]*<\/title>/.exec(html);
  if (!match) throw new Error('index.html has no <title>: link preview pages need one to replace');
  return { before: html.slice(0, match.index), after: html.slice(match.index + match[0].length) };
}

interface PageMeta {
  /** The tab title (`<view> · <site>`). */
  title: string;
  ogTitle: string;
  description: string;
  type: 'article' | 'website';
  path: string;
  image: string | null;
  published?: string | null;
}

/** The head tags of one page; every value escaped. */
export function headTags(settings: PreviewSettings, siteTitle: string, meta: PageMeta): string {
  const url = siteLink(settings, meta.path);
  const image = meta.image ?? (settings.siteUrl ? new URL(ICON_PATH, settings.siteUrl).href : null);
  const tag = (attr: 'name' | 'property', key: string, value: string) => `<meta ${attr}="${key}" content="${escapeMarkup(value)}" />`;
  const tags = [
    `<title>${escapeMarkup(meta.title)}</title>`,
    tag('name', 'description', meta.description),
    `<link rel="canonical" href="${escapeMarkup(url)}" />`,
    tag('property', 'og:site_name', siteTitle),
    tag('property', 'og:type', meta.type),
    tag('property', 'og:title', meta.ogTitle),
    tag('property', 'og:description', meta.description),
    tag('property', 'og:url', url),
  ];
  if (image) tags.push(tag('property', 'og:image', image));
  tags.push(tag('name', 'twitter:card', meta.image ? 'summary_large_image' : 'summary'));
  if (meta.published) tags.push(tag('property', 'article:published_time', meta.published));
  if (settings.feed) {
    tags.push(`<link rel="alternate" type="application/atom+xml" title="${escapeMarkup(siteTitle)}" href="${escapeMarkup(siteLink(settings, FEED_FILE))}" />`);
  }
  return tags.join('\n    ');
}

export function articlePage(template: PageTemplate, settings: PreviewSettings, siteTitle: string, article: ArticleSummary): string {
  const title = plainLine(article.title) || '（无标题）';
  const site = plainLine(siteTitle);
  return template.before + headTags(settings, site, {
    title: `${title} · ${site}`,
    ogTitle: title,
    description: plainLine(article.excerpt),
    type: 'article',
    path: articlePagePath(article.id),
    image: imageLink(settings, article.thumb),
    published: article.date,
  }) + template.after;
}

export function categoryPage(template: PageTemplate, settings: PreviewSettings, siteTitle: string, node: CategoryNode): string {
  const name = plainLine(node.name) || node.key;
  const site = plainLine(siteTitle);
  const trail = node.path.map(plainLine).join(' / ');
  return template.before + headTags(settings, site, {
    title: `${name} · ${site}`,
    ogTitle: name,
    description: `${trail}：${node.count.toLocaleString('zh-CN')} 篇文章`,
    type: 'website',
    path: categoryPagePath(node.key),
    image: null,
  }) + template.after;
}

function allNodes(roots: readonly CategoryNode[]): CategoryNode[] {
  const out: CategoryNode[] = [];
  const visit = (node: CategoryNode) => {
    out.push(node);
    node.children.forEach(visit);
  };
  roots.forEach(visit);
  return out;
}

/** What the process phase needs to write the article pages itself (in the worker threads). */
export interface ArticlePages {
  /** Absolute folder of the article pages (`<site>/articles`). */
  dir: string;
  template: PageTemplate;
  settings: PreviewSettings;
  siteTitle: string;
}

/** The pages' template and whether they must all be rewritten, for one build. */
interface PagePlan {
  siteDir: string;
  html: string;
  template: PageTemplate;
  stamp: string;
  /** Every page is rewritten (folders cleared); else only the changed articles'. */
  full: boolean;
  removals: Promise<void>[];
}

async function planPages(
  settings: PreviewSettings,
  outDir: string,
  contentDir: string,
  siteTitle: string,
  incremental: boolean,
): Promise<PagePlan | null> {
  const siteDir = await siteRootOf(outDir);
  // A relative base (`./`) would make the pages' asset links relative to /articles/.
  if (!siteDir || settings.basePath.startsWith('.')) return null;
  const html = await readFile(join(siteDir, 'index.html'), 'utf8');
  const template = splitTemplate(html);
  const protect = { contentDir, cwd: process.cwd() };
  const stamp = createHash('sha256').update(JSON.stringify([html, settings, siteTitle])).digest('hex');
  const previous = await readFile(join(siteDir, STAMP_FILE), 'utf8').catch(() => null);
  // An incremental build with the same app and settings rewrites the changed articles only.
  const full = !(incremental && previous === stamp);
  const removals: Promise<void>[] = [];
  if (full) {
    for (const folder of PAGE_FOLDERS) removals.push((await clearOutDir(join(siteDir, folder), protect)).removed);
  } else {
    removals.push((await clearOutDir(join(siteDir, 'categories'), protect)).removed);
  }
  return { siteDir, html, template, stamp, full, removals };
}

export function previewPagesStep(settings: PreviewSettings): BundleStep {
  /** The plan made before the posts were processed, whose article pages the workers wrote. */
  let prepared: PagePlan | null = null;
  return {
    name: 'pages',
    async prepare({ outDir, options, incremental }) {
      prepared = await planPages(settings, outDir, options.contentDir, options.siteTitle, incremental);
      if (!prepared) return;
      return { pages: { dir: join(prepared.siteDir, 'articles'), template: prepared.template, settings, siteTitle: options.siteTitle } };
    },
    async run(bundle: FinishedBundle) {
      const siteTitle = bundle.index.site.title;
      // Without `prepare` (or for another build), nothing was written yet.
      const fromWorkers = prepared !== null && prepared.siteDir === (await siteRootOf(bundle.outDir));
      const plan = fromWorkers ? prepared : await planPages(settings, bundle.outDir, bundle.options.contentDir, siteTitle, bundle.changed !== null);
      prepared = null;
      if (!plan) return;
      const { siteDir, html, template, stamp, full, removals } = plan;
      if (!full) await removeStalePages(join(siteDir, 'articles'), new Set(bundle.articles.map((article) => article.id)));
      const writer = createBundleWriter(siteDir, 64);
      // The workers wrote the page of every article they processed: all of a full build's, the
      // changed ones of an incremental build (the others' pages are as the last build left them,
      // unless the app changed: then every page is written here).
      const pagesLeft = !fromWorkers || (full && bundle.changed !== null);
      for (const article of pagesLeft ? bundle.articles : []) {
        if (!full && !bundle.changed!.has(article.id)) continue;
        await writer.write(pageFile(articlePagePath(article.id)), articlePage(template, settings, siteTitle, article));
      }
      for (const node of allNodes(bundle.index.categories)) {
        await writer.write(pageFile(categoryPagePath(node.key)), categoryPage(template, settings, siteTitle, node));
      }
      await writer.write('404.html', html);
      await writer.write('.nojekyll', '');
      await writer.flush();
      await writeFile(join(siteDir, STAMP_FILE), stamp);
      await Promise.all(removals);
    },
  };
}

/** Deletes article pages whose article left the archive (incremental builds). */
async function removeStalePages(dir: string, listed: ReadonlySet<string>): Promise<void> {
  const names = await readdir(dir).catch(() => [] as string[]);
  const stale = names.filter((name) => name.endsWith('.html') && !listed.has(name.slice(0, -'.html'.length)));
  await Promise.all(stale.map((name) => rm(join(dir, name), { force: true })));
}
