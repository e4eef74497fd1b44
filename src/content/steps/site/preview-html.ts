/**
 * The HTML of a link preview page: the built app's `index.html` with its `<title>` replaced by
 * the view's meta tags (Open Graph, canonical). Made by the preview pages step, and by the
 * process phase's workers for each article they parse (see `ArticlePages`).
 */
import type { ArticleSummary, CategoryNode } from '../../../bundle/schema.ts';
import { escapeMarkup, plainLine } from './markup.ts';
import { articlePagePath, categoryPagePath, FEED_FILE, imageLink, siteLink, type SiteAddress } from './site-urls.ts';
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
function headTags(settings: PreviewSettings, siteTitle: string, meta: PageMeta): string {
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

/** What the process phase needs to write the article pages itself (in the worker threads). */
export interface ArticlePages {
  /** Absolute folder of the article pages (`<site>/articles`). */
  dir: string;
  template: PageTemplate;
  settings: PreviewSettings;
  siteTitle: string;
}
