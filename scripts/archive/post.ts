/** One generated post: picks its feed, title, date, images and quirks, and renders the file. */
import { renderBody } from './body.ts';
import { dateSpan, formatNaive, formatRfc1123, pickInstant, type DateSpan } from './dates.ts';
import { feedAuthor, feedCategories, feedFolder, type Feed } from './feeds.ts';
import { fileNameFromTitle, UniquePaths } from './file-names.ts';
import { renderFrontMatter, yamlTitle, type FrontMatterFields } from './front-matter.ts';
import type { ImageSource } from './images.ts';
import { newsTitle } from './news-text.ts';
import { deriveSeed, mulberry32, type Rng } from './prng.ts';
import { pickQuirks, type Quirk } from './quirks.ts';
import { TOPICS } from './vocabulary.ts';

export interface PostContext {
  seed: number;
  feeds: readonly Feed[];
  span: DateSpan;
  images: ImageSource;
  /** Whether posts draw random quirks. */
  quirks: boolean;
  paths: UniquePaths;
}

export interface PostFile {
  /** Path relative to the archive folder, forward slashes. */
  path: string;
  text: string;
}

export function createPostContext(o: {
  seed: number; feeds: readonly Feed[]; images: ImageSource; quirks: boolean;
  startDate?: string; years?: number;
  /** An exact span; overrides startDate/years. */
  span?: DateSpan;
}): PostContext {
  const { seed, feeds, images, quirks } = o;
  return { seed, feeds, images, quirks, span: o.span ?? dateSpan(o.startDate, o.years), paths: new UniquePaths() };
}

/** Every `{` and `}` in the archives is written as an HTML entity; so are ours. */
export function escapeBraces(text: string): string {
  return text.replace(/\{/g, '&#123;').replace(/\}/g, '&#125;');
}

export interface PostParts {
  frontMatter: FrontMatterFields;
  body: string;
  crlf?: boolean;
  bom?: boolean;
}

/** Front matter, blank line, body; braces escaped; then the CRLF and BOM quirks. */
export function assemblePost(p: PostParts): string {
  let text = escapeBraces(`${renderFrontMatter(p.frontMatter)}\n${p.body}`);
  if (p.crlf) text = text.replace(/\n/g, '\r\n');
  if (p.bom) text = `\uFEFF${text}`;
  return text;
}

/** Characters that cannot start a plain YAML scalar (or change its meaning). */
const YAML_INDICATOR = /^[[\]{}!&*|>%@#'"`,?:-]/;

function quirkyTitle(r: Rng, base: string, quirks: ReadonlySet<Quirk>): string {
  let title = base;
  if (quirks.has('both-quotes-title')) title = `${title} "${r.pick(TOPICS)}" 与 '${r.pick(TOPICS)}'`;
  if (quirks.has('at-title')) title = `@user_${r.int(100, 999)}_ ${title}`;
  if (quirks.has('hash-title')) title = `#${r.pick(TOPICS)}# ${title}`;
  if (quirks.has('multiline-title')) {
    title = `${String(r.int(0, 23)).padStart(2, '0')}:${String(r.int(0, 59)).padStart(2, '0')}\n${title}`;
  }
  // The archives already carry `_` where a title had an ASCII colon.
  return title.replace(/:/g, '_');
}

export function buildPost(ctx: PostContext, index: number, forced?: readonly Quirk[]): PostFile {
  const r = mulberry32(deriveSeed(ctx.seed, index));
  // A few feeds post far more than the rest, as in real archives.
  const feed = ctx.feeds[Math.floor(Math.pow(r.next(), 1.6) * ctx.feeds.length)];
  const quirks: ReadonlySet<Quirk> = forced ? new Set(forced) : ctx.quirks ? pickQuirks(r) : new Set();

  const title = quirkyTitle(r, newsTitle(r, feed.lang), quirks);
  const broken = quirks.has('both-quotes-title');
  const oddStart = quirks.has('at-title') || quirks.has('hash-title');
  const plain = feed.layout === 'post-cat' && (oddStart || (r.chance(0.8) && !YAML_INDICATOR.test(title)));
  const titleText = yamlTitle(title, plain ? 'plain' : 'quoted', broken);

  const instant = pickInstant(r, ctx.span, ctx.seed);
  const date = quirks.has('invalid-date') ? 'Invalid Date' : r.chance(0.55) ? formatRfc1123(instant) : formatNaive(instant);

  const needsImage = quirks.has('empty-thumbnail') || quirks.has('headimg-only') || quirks.has('lazy-image');
  const leadImage = needsImage || r.chance(0.68) ? ctx.images.url(r, feed.category) : null;
  const isNew = feed.layout === 'source-posts';
  const categories: (string | null)[] = feedCategories(feed);
  if (quirks.has('empty-category')) categories.splice(1, 0, '');
  if (quirks.has('null-category')) categories.push(null);

  let thumbnail: string | null | undefined = leadImage ?? (feed.layout === 'post-cat' ? null : '');
  if (quirks.has('empty-thumbnail')) thumbnail = '';
  if (quirks.has('bare-thumbnail')) thumbnail = null;
  if (quirks.has('headimg-only')) thumbnail = undefined;
  const headimg = (isNew || quirks.has('headimg-only')) && leadImage ? leadImage : undefined;

  const frontMatter: FrontMatterFields = {
    style: isNew ? 'new' : 'old',
    titleText,
    categories,
    blankAfterCategories: feed.layout === 'post-cat-source-feed',
    headimg,
    author: feedAuthor(feed),
    date,
    thumbnail,
    quoteUrls: feed.layout !== 'post-cat',
  };
  const body = renderBody(r, {
    lang: feed.lang,
    category: feed.category,
    source: feed.source,
    images: ctx.images,
    leadImage,
    quirks,
    targetBytes: r.int(2000, 8000),
  });
  const path = ctx.paths.claim(feedFolder(feed), fileNameFromTitle(broken ? titleText : title));
  return { path, text: assemblePost({ frontMatter, body, crlf: quirks.has('crlf'), bom: quirks.has('bom') }) };
}
