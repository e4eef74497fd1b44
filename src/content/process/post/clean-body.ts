import { parseHtml, type HtmlElement, type HtmlNode } from './html-tree.ts';
import { resolveUrl, type UrlContext } from './resolve-url.ts';

export interface CleanedBody {
  html: string;
  /** Plain text (no alt text), blocks separated by spaces, whitespace not yet collapsed. */
  text: string;
  /** `src` of every kept `<img>`, in document order, as published. */
  images: string[];
  /** `src` of images that were only inside removed boilerplate (e.g. the feed's app QR code). */
  boilerplateImages: string[];
  /** Deepest element nesting of the input; past MAX_HTML_DEPTH the deeper tags were unwrapped. */
  depth: number;
}

/** Removed with everything inside: active content, forms, document-level tags, embeds. */
const DROP = new Set([
  'script', 'style', 'noscript', 'template', 'form', 'input', 'button', 'select', 'option',
  'optgroup', 'datalist', 'textarea', 'output', 'object', 'embed', 'applet', 'param', 'meta',
  'link', 'base', 'title', 'head', 'svg', 'math', 'canvas', 'frame', 'frameset', 'dialog', 'map',
]);

const KEEP = new Set([
  'p', 'br', 'hr', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'pre', 'code', 'ul', 'ol',
  'li', 'dl', 'dt', 'dd', 'table', 'thead', 'tbody', 'tfoot', 'tr', 'th', 'td', 'caption',
  'figure', 'figcaption', 'img', 'a', 'strong', 'b', 'em', 'i', 'u', 's', 'del', 'ins', 'sub',
  'sup', 'small', 'mark', 'span', 'div', 'section', 'article', 'header', 'footer', 'aside',
  'details', 'summary', 'video', 'audio', 'source', 'picture', 'abbr', 'cite', 'q', 'time',
  'ruby', 'rt', 'rp',
]);

const VOID = new Set(['br', 'hr', 'img', 'source']);

/** Whitespace next to these is never rendered, so it is not kept. */
const BLOCK = new Set([
  'p', 'br', 'hr', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'pre', 'ul', 'ol', 'li',
  'dl', 'dt', 'dd', 'table', 'thead', 'tbody', 'tfoot', 'tr', 'th', 'td', 'caption', 'figure',
  'figcaption', 'div', 'section', 'article', 'header', 'footer', 'aside', 'details', 'summary',
  'video', 'audio', 'picture', '#root',
]);

/** Elements that mean nothing without content (`<div> </div>`, `<p><br></p>`, `<span></span>`). */
const DROP_IF_EMPTY = new Set([
  'p', 'div', 'section', 'article', 'header', 'footer', 'aside', 'span', 'figure', 'figcaption',
  'blockquote', 'strong', 'b', 'em', 'i', 'u', 's', 'del', 'ins', 'small', 'mark', 'sub', 'sup',
  'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'a', 'abbr', 'cite', 'q', 'time', 'picture', 'code',
]);

/** Elements that cannot hold a `<p>`: an iframe inside them becomes a bare link. Its host is a label, not article text. */
const PHRASING_ONLY = new Set([
  'p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'span', 'strong', 'b', 'em', 'i', 'u', 's', 'del',
  'ins', 'small', 'mark', 'sub', 'sup', 'abbr', 'cite', 'q', 'time', 'code', 'summary', 'caption',
  'dt', 'pre', 'ruby', 'rt', 'rp', 'figcaption',
]);

const LAZY_SRC = ['data-src', 'data-original', 'data-lazy-src'];
const NUMBER = /^\d{1,5}$/;
const SIZE = /^\d{1,5}(?:px|%)?$/;

const BOILERPLATE_CLASS = /(?:^|\s)appendQr_/;
const APP_PROMO = /(?:下载|尽在).{0,30}APP/i;
const AD_LIST_TEXT = /article_adlist\[[\s\S]*?\]article_adlist/g;
const HTML_SPACE = /[ \t\n\r\f]+/g;

interface Piece {
  html: string;
  block: boolean;
  /** Holds text or an image/media/rule (not only whitespace and `<br>`). */
  meaningful: boolean;
  /** Whitespace-only text outside `<pre>`. */
  space: boolean;
}

interface Ctx {
  url: UrlContext;
  text: string[];
  images: string[];
  boilerplateImages: string[];
  pre: number;
  inLink: number;
  phrasing: number;
}

const escapeText = (s: string) =>
  /[&<>]/.test(s) ? s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;') : s;
const escapeAttr = (s: string) => (/[&"]/.test(s) ? s.replace(/&/g, '&amp;').replace(/"/g, '&quot;') : s);

function textOf(node: HtmlNode, limit: number): string {
  if (typeof node === 'string') return node;
  let out = '';
  for (const child of node.children) {
    out += textOf(child, limit - out.length);
    if (out.length > limit) break;
  }
  return out;
}

function hasImage(node: HtmlNode): boolean {
  return typeof node !== 'string' && (node.tag === 'img' || node.children.some(hasImage));
}

/** The feeds' "download our app" blocks: a QR code image and a promo line. */
function isBoilerplate(el: HtmlElement): boolean {
  if (el.attrs.class && BOILERPLATE_CLASS.test(el.attrs.class)) return true;
  if (el.tag !== 'div' && el.tag !== 'section' && el.tag !== 'p') return false;
  const text = textOf(el, 120);
  return text.length <= 120 && APP_PROMO.test(text) && hasImage(el);
}

function collectImages(node: HtmlNode, ctx: Ctx) {
  if (typeof node === 'string') return;
  if (node.tag === 'img') {
    const src = imageSrc(node, ctx);
    if (src) ctx.boilerplateImages.push(src);
  }
  for (const child of node.children) collectImages(child, ctx);
}

function imageSrc(el: HtmlElement, ctx: Ctx): string | null {
  let raw = el.attrs.src;
  if (!raw || raw.trim() === '' || /^\s*data:/i.test(raw)) {
    raw = LAZY_SRC.map((name) => el.attrs[name]).find((v) => v && v.trim() !== '') ?? raw;
  }
  return raw ? resolveUrl(raw, 'media', ctx.url) : null;
}

function attr(name: string, value: string | null | undefined): string {
  return value === null || value === undefined ? '' : ` ${name}="${escapeAttr(value)}"`;
}

/** An empty `title=""` says nothing (unlike `alt=""`, which marks a decorative image). */
const nonEmpty = (value: string | undefined) => (value && value.trim() !== '' ? value : null);

function keptAttrs(el: HtmlElement, ctx: Ctx): string | null {
  const a = el.attrs;
  switch (el.tag) {
    case 'a': {
      const href = a.href ? resolveUrl(a.href, 'link', ctx.url) : null;
      if (!href) return null; // unwrapped: the text stays, the dead link goes
      return attr('href', href) + attr('title', nonEmpty(a.title));
    }
    case 'img': {
      const src = imageSrc(el, ctx);
      if (!src) return null;
      ctx.images.push(src);
      return (
        attr('src', src) + attr('alt', a.alt) + attr('title', nonEmpty(a.title)) +
        attr('width', a.width && SIZE.test(a.width) ? a.width : null) +
        attr('height', a.height && SIZE.test(a.height) ? a.height : null)
      );
    }
    case 'video':
    case 'audio': {
      const src = a.src ? resolveUrl(a.src, 'media', ctx.url) : null;
      const poster = el.tag === 'video' && a.poster ? resolveUrl(a.poster, 'media', ctx.url) : null;
      return attr('src', src) + attr('poster', poster) + ' controls';
    }
    case 'source': {
      const src = a.src ? resolveUrl(a.src, 'media', ctx.url) : null;
      if (!src) return null;
      return attr('src', src) + attr('type', a.type);
    }
    case 'td':
    case 'th':
      return attr('colspan', a.colspan && NUMBER.test(a.colspan) ? a.colspan : null) +
        attr('rowspan', a.rowspan && NUMBER.test(a.rowspan) ? a.rowspan : null);
    case 'ol':
      return attr('start', a.start && /^-?\d{1,6}$/.test(a.start) ? a.start : null);
    case 'time':
      return attr('datetime', a.datetime);
    default:
      return '';
  }
}

function iframeLink(el: HtmlElement, ctx: Ctx): Piece[] {
  const src = el.attrs.src ? resolveUrl(el.attrs.src, 'link', ctx.url) : null;
  if (!src || ctx.inLink > 0 || !/^https?:/i.test(src)) return [];
  let host: string;
  try {
    host = new URL(src).host;
  } catch {
    return [];
  }
  const link = `<a href="${escapeAttr(src)}">${escapeText(host)}</a>`;
  return ctx.phrasing > 0
    ? [{ html: link, block: false, meaningful: true, space: false }]
    : [{ html: `<p>${link}</p>`, block: true, meaningful: true, space: false }];
}

function cleanText(text: string, ctx: Ctx): Piece[] {
  let t = text.includes('article_adlist') ? text.replace(AD_LIST_TEXT, '') : text;
  if (ctx.pre === 0) t = t.replace(HTML_SPACE, ' ');
  if (t === '') return [];
  ctx.text.push(t);
  const space = ctx.pre === 0 && t === ' ';
  return [{ html: escapeText(t), block: false, meaningful: !space && t.trim() !== '', space }];
}

function cleanNode(node: HtmlNode, ctx: Ctx): Piece[] {
  if (typeof node === 'string') return cleanText(node, ctx);
  const tag = node.tag;
  if (DROP.has(tag)) return [];
  if (tag === 'iframe') return iframeLink(node, ctx);
  if (isBoilerplate(node)) {
    collectImages(node, ctx);
    return [];
  }
  if (!KEEP.has(tag)) return cleanChildren(node.children, ctx, false);

  const attrs = keptAttrs(node, ctx);
  if (attrs === null) return VOID.has(tag) ? [] : cleanChildren(node.children, ctx, false);
  const block = BLOCK.has(tag);
  if (VOID.has(tag)) {
    return [{ html: `<${tag}${attrs}>`, block, meaningful: tag !== 'br', space: false }];
  }

  if (block) ctx.text.push(' ');
  if (tag === 'pre') ctx.pre++;
  if (tag === 'a') ctx.inLink++;
  const phrasing = PHRASING_ONLY.has(tag);
  if (phrasing) ctx.phrasing++;
  const children = cleanChildren(node.children, ctx, block);
  if (phrasing) ctx.phrasing--;
  if (tag === 'a') ctx.inLink--;
  if (tag === 'pre') ctx.pre--;
  if (block) ctx.text.push(' ');

  const meaningful = tag === 'video' || tag === 'audio' || children.some((p) => p.meaningful);
  if (!meaningful && DROP_IF_EMPTY.has(tag)) return [];
  let inner = '';
  for (const p of children) inner += p.html;
  return [{ html: `<${tag}${attrs}>${inner}</${tag}>`, block, meaningful, space: false }];
}

/**
 * Cleans the children of one element. Whitespace-only text next to a block (or at the edge of
 * a block container) is dropped, and text facing a block loses its spaces on that side:
 * browsers would not render them. Only ASCII whitespace is touched, so the feeds' U+3000
 * indentation stays.
 */
function cleanChildren(nodes: HtmlNode[], ctx: Ctx, blockContainer: boolean): Piece[] {
  const pieces: Piece[] = [];
  for (const node of nodes) for (const p of cleanNode(node, ctx)) pieces.push(p);
  if (ctx.pre > 0) return pieces;
  const out: Piece[] = [];
  for (let i = 0; i < pieces.length; i++) {
    const p = pieces[i];
    const prev = out[out.length - 1];
    const next = pieces[i + 1];
    const afterBreak = prev ? prev.block || prev.html.endsWith(' ') : blockContainer;
    const beforeBreak = next ? next.block : blockContainer;
    if (p.space) {
      if (!afterBreak && !beforeBreak) out.push(p);
    } else if (!p.block && (p.html.startsWith(' ') || p.html.endsWith(' '))) {
      let html = p.html;
      if (afterBreak) html = html.replace(/^ +/, '');
      if (beforeBreak) html = html.replace(/ +$/, '');
      out.push({ ...p, html });
    } else {
      out.push(p);
    }
  }
  return out;
}

/** A body that is one wrapper `<div>` (as every feed post is) is published without it. */
function unwrapSingleDiv(root: HtmlElement): HtmlNode[] {
  const elements = root.children.filter((n) => typeof n !== 'string');
  const onlyText = root.children.every((n) => typeof n !== 'string' || n.trim() === '');
  if (elements.length === 1 && onlyText && (elements[0]).tag === 'div') {
    return (elements[0]).children;
  }
  return root.children;
}

export function cleanBody(html: string, url: UrlContext): CleanedBody {
  const ctx: Ctx = { url, text: [], images: [], boilerplateImages: [], pre: 0, inLink: 0, phrasing: 0 };
  const { root, depth } = parseHtml(html);
  const pieces = cleanChildren(unwrapSingleDiv(root), ctx, true);
  let out = '';
  for (const p of pieces) out += p.html;
  return { html: out, text: ctx.text.join(''), images: ctx.images, boilerplateImages: ctx.boilerplateImages, depth };
}
