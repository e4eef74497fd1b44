/**
 * Anything active left in the page after an article rendered: elements that can run or load
 * code inside the article body, and, anywhere in the document, inline handlers, `style`,
 * `srcdoc`, and URL attributes whose scheme is not http(s), mailto or tel. The app itself
 * writes none of these, so any found came from the article.
 */
import type { Locator } from '@playwright/test';

/** Problems found, as readable lines; `body` is the article's sanitized body. */
export function findActiveResidue(body: Locator): Promise<string[]> {
  return body.evaluate((root) => {
    const problems: string[] = [];
    const ACTIVE = 'script, iframe, frame, frameset, object, embed, applet, portal, base, meta, link, style, form, input, button, textarea, select, svg, math, template, noscript, xmp, plaintext, noembed, noframes';
    for (const el of root.querySelectorAll(ACTIVE)) problems.push(`<${el.tagName.toLowerCase()}> in the body`);
    const URL_ATTRS = new Set(['href', 'src', 'srcset', 'poster', 'action', 'formaction', 'data', 'background', 'cite', 'xlink:href', 'codebase']);
    const SAFE_SCHEMES = new Set(['http:', 'https:', 'mailto:', 'tel:']);
    for (const el of document.querySelectorAll('*')) {
      // The app's own stylesheet link and module scripts live in <head>.
      if (el.closest('head')) continue;
      for (const attr of el.attributes) {
        const name = attr.name.toLowerCase();
        const where = `<${el.tagName.toLowerCase()} ${name}="${attr.value.slice(0, 60)}">`;
        if (name.startsWith('on')) problems.push(`handler ${where}`);
        else if (name === 'srcdoc') problems.push(`srcdoc ${where}`);
        else if (name === 'style' && root.contains(el)) problems.push(`style ${where}`);
        else if (URL_ATTRS.has(name)) {
          const values = name === 'srcset' ? attr.value.split(',').map((c) => c.trim().split(/\s+/)[0] ?? '') : [attr.value];
          for (const value of values) {
            let scheme: string;
            try {
              scheme = new URL(value, document.baseURI).protocol;
            } catch {
              continue;
            }
            if (!SAFE_SCHEMES.has(scheme)) problems.push(`${scheme} URL ${where}`);
          }
        }
      }
    }
    return problems;
  });
}
