import { message, type Message } from '../../report/codes.ts';
import { cleanBody } from './clean-body.ts';
import { MAX_HTML_DEPTH } from './html-tree.ts';
import { decodeBytes } from './decode-bytes.ts';
import { excerpt } from './excerpt.ts';
import { parseDate } from './parse-date.ts';
import { parseFrontMatter } from './parse-front-matter.ts';
import { oneLine } from './one-line.ts';
import { quote } from './quote.ts';
import { originalLink } from './original-link.ts';
import { readCategories, readText } from './read-fields.ts';
import { resolveUrl, type UrlContext } from './resolve-url.ts';
import { splitFrontMatter } from './split-front-matter.ts';
import { dayInZone } from './zoned-time.ts';

export interface PostOptions {
  /** IANA zone for naive dates like `2021-03-23 10:00:00` (default 'UTC'). */
  sourceTimeZone: string;
  /** IANA zone that decides an article's day (default 'Asia/Shanghai'). */
  archiveTimeZone: string;
  /** URL prefix under which the orchestrator publishes local image assets of the content folder, e.g. '/data/assets/'. */
  assetBase: string;
  /**
   * Whether a file of the content folder (path relative to its root, decoded, NFC) is published
   * under `assetBase`. When given, relative images, media and thumbnails naming no such file are
   * dropped with a warning instead of becoming links that 404 on every open. Default: not
   * checked (every relative media URL is kept).
   */
  assetExists?: (path: string) => boolean;
}

interface ParsedPost {
  /** Entities decoded, whitespace collapsed, never empty. */
  title: string;
  /** ISO 8601 UTC instant, or null when unusable. */
  date: string | null;
  /** YYYY-MM-DD of `date` in archiveTimeZone, or null. */
  day: string | null;
  /** 0..3 names, top level first. */
  categoryPath: string[];
  author: string | null;
  /** Front-matter thumbnail/headimg, else the first kept body image, else null. */
  thumb: string | null;
  /** Plain text, whitespace collapsed, at most 160 UTF-16 units. */
  excerpt: string;
  /** Cleaned body. */
  html: string;
  /** thumb is set and is not the body's first image. */
  hero: boolean;
  /** The article's address at its source (post/original-link.ts), or null. */
  originalUrl: string | null;
}

export interface ProcessResult {
  status: 'ok' | 'warning' | 'skipped';
  messages: Message[];
  post: ParsedPost | null;
}

export const DEFAULT_POST_OPTIONS: PostOptions = {
  sourceTimeZone: 'UTC',
  archiveTimeZone: 'Asia/Shanghai',
  assetBase: '/data/assets/',
};

/** Length of a title made from the start of the body. */
const BODY_TITLE_LENGTH = 60;

/**
 * Longest body (UTF-16 units of its HTML) that is cleaned; the rest is cut with a warning.
 * Real feed bodies stay under 30 KB. A scraper that wrote a whole site (or 50 MB of junk) into
 * one post must not stall the build, nor a phone that opens it (sanitizing and laying out a
 * body grows with its length).
 */
export const MAX_BODY_LENGTH = 500_000;

/** Longest title kept (UTF-16 units); a longer one is cut and ends with "…". Real titles stay under 150. */
export const MAX_TITLE_LENGTH = 300;

const skipped = (reason: Message): ProcessResult => ({ status: 'skipped', messages: [reason], post: null });

/**
 * One archive file to one article. Pure and synchronous (safe in worker threads); content
 * problems never throw, they become messages. An unknown time zone in `opts` does throw
 * (RangeError): that is a configuration error for the whole build.
 *
 * Skipped (post null, one message saying why): empty or binary files; files with no `---`
 * block at the top (Hexo would not treat them as posts either) or one never closed; front
 * matter with no `key: value` line at all; and posts with no title anywhere (front matter,
 * body text, file name). Everything else is kept, with a warning per repaired field.
 * Messages do not repeat `relPath`: the caller prefixes it.
 */
export function parsePost(relPath: string, bytes: Uint8Array, opts: PostOptions): ProcessResult {
  const decoded = decodeBytes(bytes);
  if (!decoded.ok) return skipped(decoded.reason);
  const messages: Message[] = [];
  if (decoded.replaced > 0) messages.push(message('utf8-invalid', decoded.replaced));

  const split = splitFrontMatter(decoded.text);
  if (!split.ok) return skipped(split.reason);
  const fm = parseFrontMatter(split.frontMatter);
  if (!fm.ok) return skipped(fm.reason);
  messages.push(...fm.messages);
  const { fields } = fm;

  const slash = relPath.lastIndexOf('/');
  const missingAssets: string[] = [];
  const url: UrlContext = {
    postDir: slash === -1 ? '' : relPath.slice(0, slash),
    assetBase: opts.assetBase,
    assetExists: opts.assetExists,
    missingAssets,
  };
  const rawBody = limitBody(split.body, messages);
  const body = cleanBody(rawBody, url);
  if (body.depth > MAX_HTML_DEPTH) {
    messages.push(message('body-too-deep', body.depth, MAX_HTML_DEPTH));
  }
  if (missingAssets.length > 0) messages.push(message('image-missing', { urls: missingAssets }));

  const fullTitle = readTitle(fields.title, body.text, relPath.slice(slash + 1), messages);
  if (fullTitle === null) return skipped(messages[messages.length - 1]);
  const title = limitTitle(fullTitle, messages);

  const { date, day } = readDate(fields.date, opts, messages);
  const categoryPath = readCategories(fields.categories, messages);
  const thumb = readThumb(fields, body, url, messages);
  const author = readText(fields.author);
  if (author === null && fields.author !== undefined && typeof fields.author !== 'string') {
    messages.push(message('author-not-text'));
  }

  return {
    status: messages.length > 0 ? 'warning' : 'ok',
    messages,
    post: {
      title,
      date,
      day,
      categoryPath,
      author,
      thumb,
      excerpt: excerpt(body.text),
      html: body.html,
      hero: thumb !== null && body.images[0] !== thumb,
      originalUrl: originalLink(fields, rawBody),
    },
  };
}

/** The body, cut before the tag that crosses MAX_BODY_LENGTH (or at it), with a warning. */
function limitBody(body: string, messages: Message[]): string {
  if (body.length <= MAX_BODY_LENGTH) return body;
  let end = MAX_BODY_LENGTH;
  // Never split a surrogate pair; prefer to cut before a tag rather than inside one.
  const tagStart = body.lastIndexOf('<', end);
  if (tagStart > end - 65_536) end = tagStart;
  else if (/[\uD800-\uDBFF]/.test(body[end - 1])) end--;
  messages.push(message('body-too-long', body.length, end));
  return body.slice(0, end);
}

function limitTitle(title: string, messages: Message[]): string {
  if (title.length <= MAX_TITLE_LENGTH) return title;
  let end = MAX_TITLE_LENGTH - 1;
  if (/[\uD800-\uDBFF]/.test(title[end - 1])) end--;
  messages.push(message('title-too-long', title.length, end));
  return `${title.slice(0, end).trimEnd()}…`;
}

/** Front-matter title, else the start of the body, else the file name; null (and why) when none. */
function readTitle(value: unknown, bodyText: string, fileName: string, messages: Message[]): string | null {
  const title = readText(value);
  if (title !== null) return title;
  const problem = value === undefined ? 'title is missing' : 'title is empty';
  const fromBody = excerpt(bodyText, BODY_TITLE_LENGTH);
  if (fromBody !== '') {
    messages.push(message('title-empty', problem, 'body', quote(fromBody)));
    return fromBody;
  }
  const fromName = oneLine(fileName.replace(/\.md$/i, ''));
  if (fromName !== '') {
    messages.push(message('title-empty', problem, 'file name', quote(fromName)));
    return fromName;
  }
  messages.push(message('title-none', problem));
  return null;
}

function readDate(value: unknown, opts: PostOptions, messages: Message[]): { date: string | null; day: string | null } {
  const text = readText(value);
  if (text === null) {
    messages.push(message('date-missing', value !== undefined));
    return { date: null, day: null };
  }
  const parsed = parseDate(text, opts.sourceTimeZone);
  if (!parsed.ok) {
    const why =
      parsed.reason === 'out of range' ? 'is before the year 1000 or after 2999' : parsed.reason === 'not understood' ? 'not understood' : 'is not a real calendar date';
    messages.push(message('date-unparsed', quote(text), why));
    return { date: null, day: null };
  }
  return { date: new Date(parsed.epochMs).toISOString(), day: dayInZone(parsed.epochMs, opts.archiveTimeZone) };
}

const THUMB_KEYS = ['thumbnail', 'headimg'] as const;

function readThumb(
  fields: Record<string, unknown>,
  body: { images: string[]; boilerplateImages: string[] },
  url: UrlContext,
  messages: Message[],
): string | null {
  for (const key of THUMB_KEYS) {
    const text = readText(fields[key]);
    if (text === null) continue;
    const missingBefore = url.missingAssets?.length ?? 0;
    const resolved = resolveUrl(text, 'media', url);
    if (resolved === null) {
      const missing = (url.missingAssets?.length ?? 0) > missingBefore;
      if (missing) url.missingAssets!.pop();
      messages.push(missing ? message('image-missing', { key, url: text }) : message('url-invalid', key, text));
      continue;
    }
    // The feeds set their "download our app" QR code as thumbnail; it is not the article's image.
    if (body.boilerplateImages.includes(resolved) && !body.images.includes(resolved)) continue;
    return resolved;
  }
  return body.images[0] ?? null;
}
