/**
 * The article's address at its source, decided from what the post itself says, never guessed
 * from an arbitrary link. The rules (docs/bundle-format.md, "Original link"), first match wins:
 *
 * 1. a front-matter field named `link`, `url`, `source`, `original`, `original_url` or
 *    `permalink` (in that order) whose value is an absolute http(s) address;
 * 2. a `<link rel="canonical" href>` in the body;
 * 3. a body link whose whole text names the original: 阅读原文, 原文链接, 原文地址, 查看原文,
 *    查看…原文 (such as 查看知乎原文), 原文, Read more, Read the original, Source, Original,
 *    Original article, View original (case and surrounding punctuation ignored);
 * 4. a body link right after a label that is the whole text of its line before it
 *    (`<p>原文链接：<a>…</a></p>`, `<br>Source: <a>…</a>`; not `Image source: <a>…</a>`).
 *
 * Only absolute http and https addresses count; anything else is passed over.
 */
import { Parser } from 'htmlparser2';
import { decodeHTML } from 'entities';

const FIELDS = ['link', 'url', 'source', 'original', 'original_url', 'permalink'] as const;

const PUNCTUATION = /^[\s\p{P}\p{S}]+|[\s\p{P}\p{S}]+$/gu;
const LINK_TEXT = /^(?:阅读原文|原文链接|原文地址|查看原文|查看.{1,8}原文|原文|read more|read the original|source|original|original article|view original)$/i;
/** The whole text of its line before a link, as a label: `原文链接：`, `Source:`. */
const LABEL_BEFORE = /^\s*(?:阅读原文|原文链接|原文地址|原文|source|original)\s*[:：]\s*$/i;
/** Tags that stay within a line of text: a label may be wrapped in them. */
const INLINE = new Set(['b', 'strong', 'em', 'i', 'span', 'font', 'small', 'u']);
/** Cheap test before parsing: a body without any of these words has no marked link. */
const MARKERS = /原文|read more|source|original|canonical/i;

/** An absolute http(s) address, as the URL parser writes it, or null. */
function httpUrl(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const text = value.includes('&') ? decodeHTML(value.trim()) : value.trim();
  if (!/^https?:\/\//i.test(text)) return null;
  try {
    const url = new URL(text);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}

function fromFields(fields: Readonly<Record<string, unknown>>): string | null {
  for (const name of FIELDS) {
    const url = httpUrl(fields[name]);
    if (url) return url;
  }
  return null;
}

/** Whether an anchor's whole text names the original. */
function namesOriginal(text: string): boolean {
  return LINK_TEXT.test(text.replace(/\s+/g, ' ').replace(PUNCTUATION, ''));
}

function fromBody(html: string): string | null {
  if (!MARKERS.test(html)) return null;
  let canonical: string | null = null;
  let marked: string | null = null;
  let textBefore = '';
  let anchor: { href: string | null; text: string; labelled: boolean } | null = null;
  const parser = new Parser(
    {
      onopentag(name, attrs) {
        if (name === 'link' && /(?:^|\s)canonical(?:\s|$)/i.test(attrs.rel ?? '')) canonical ??= httpUrl(attrs.href);
        if (name === 'a') anchor = { href: httpUrl(attrs.href), text: '', labelled: LABEL_BEFORE.test(textBefore) };
        else if (!INLINE.has(name)) textBefore = '';
      },
      ontext(text) {
        if (anchor) anchor.text += text;
        else textBefore = (textBefore + text).slice(-80);
      },
      onclosetag(name) {
        if (name !== 'a' || !anchor) return;
        const { href, text, labelled } = anchor;
        if (href && (labelled || namesOriginal(text))) marked ??= href;
        anchor = null;
        textBefore = '';
      },
    },
    { decodeEntities: true },
  );
  parser.end(html);
  return canonical ?? marked;
}

/** The post's original address by the rules above, or null when it names none. */
export function originalLink(fields: Readonly<Record<string, unknown>>, body: string): string | null {
  return fromFields(fields) ?? fromBody(body);
}
