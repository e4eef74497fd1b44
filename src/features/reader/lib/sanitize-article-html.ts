/**
 * The one DOMPurify configuration of the app. Article bodies come from scraped feeds and the
 * bundle could be served from anywhere, so this is the security boundary for their HTML.
 */
import DOMPurify, { type Config } from 'dompurify';

const FORBID_TAGS = [
  'script', 'style', 'iframe', 'form', 'object', 'embed', 'base', 'meta', 'link',
  // A removed <form> keeps its children: its controls go too, a reader has nothing to submit.
  'input', 'button', 'select', 'textarea',
  // Inert, but a classic carrier of mutation XSS; the pipeline drops it too.
  'template',
];

/** Only web, mail and relative URLs: no `javascript:`, `data:`, `vbscript:` or other schemes. */
const ALLOWED_URI_REGEXP = /^(?:(?:https?|mailto|tel):|[^a-z]|[a-z+.-]+(?:[^a-z+.\-:]|$))/i;

/** Attributes holding URLs; DOMPurify lets `data:` through on media tags, so we drop it here. */
const URL_ATTRIBUTES = new Set(['src', 'href', 'srcset', 'poster', 'action', 'formaction', 'xlink:href', 'background', 'cite']);

/**
 * `style` can exfiltrate (`background:url(…)`) and overlay the UI. `id` and `name` would let a
 * body clobber globals (`<img name="x">` makes `document.x`, `<a id="x">` makes `window.x`),
 * and the pipeline keeps neither, so nothing links to them.
 */
const FORBID_ATTR = ['style', 'id', 'name'];

const CONFIG: Config = {
  USE_PROFILES: { html: true },
  FORBID_TAGS,
  FORBID_ATTR,
  ALLOWED_URI_REGEXP,
};

function createPurifier() {
  const purifier = DOMPurify(window);
  purifier.addHook('uponSanitizeAttribute', (_node, data) => {
    if (URL_ATTRIBUTES.has(data.attrName) && /(^|[\s,])data:/i.test(data.attrValue)) data.keepAttr = false;
  });
  purifier.addHook('afterSanitizeAttributes', (node) => {
    if (node.nodeName === 'A') {
      node.setAttribute('target', '_blank');
      node.setAttribute('rel', 'noopener noreferrer');
    } else if (node.nodeName === 'IMG') {
      node.setAttribute('loading', 'lazy');
      node.setAttribute('decoding', 'async');
      node.setAttribute('referrerpolicy', 'no-referrer');
      // Feed images come without a description (the caption, if any, is the text beside them):
      // with no alt they are marked decorative, so screen readers do not read out file names.
      if (!node.hasAttribute('alt')) node.setAttribute('alt', '');
    }
  });
  // Parsed once, not on every call (`sanitize(html, CONFIG)` re-reads it each time).
  purifier.setConfig(CONFIG);
  return purifier;
}

let purifier: ReturnType<typeof createPurifier> | null = null;

/** Untrusted article HTML → HTML safe to insert into the page. */
export function sanitizeArticleHtml(html: string): string {
  purifier ??= createPurifier();
  return purifier.sanitize(html);
}

// Built when the reading view's code loads, which is at an idle moment before the first article
// opens (see main.tsx), rather than during that article's first render.
if (typeof window !== 'undefined') purifier = createPurifier();
