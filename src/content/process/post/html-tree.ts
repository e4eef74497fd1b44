import { Parser } from 'htmlparser2';

export interface HtmlElement {
  tag: string;
  attrs: Record<string, string>;
  children: HtmlNode[];
}
/** Text nodes are plain strings with entities decoded. Comments are not kept. */
export type HtmlNode = HtmlElement | string;

export interface ParsedHtml {
  root: HtmlElement;
  /** Deepest element nesting seen in the input (the root's children are at depth 1). */
  depth: number;
}

/**
 * Elements nested deeper than this are unwrapped: their text and images stay, their tags go.
 * Real feed bodies nest at most about a dozen levels; a hostile one can nest thousands, which
 * would exhaust the stack of every recursive walk over the tree (here and in the browser).
 */
export const MAX_HTML_DEPTH = 100;

/** Kept even below the depth limit: they carry content, have no children and close at once. */
const KEEP_WHEN_TOO_DEEP = new Set(['img', 'br']);

/**
 * Parses an HTML fragment into a small tree (tag names and attribute names lower-cased,
 * entities decoded, implied end tags closed the way htmlparser2 does). Our own node type keeps
 * the cleaner independent of domhandler's classes.
 */
export function parseHtml(html: string, maxDepth: number = MAX_HTML_DEPTH): ParsedHtml {
  const root: HtmlElement = { tag: '#root', attrs: {}, children: [] };
  const stack: HtmlElement[] = [root];
  // Open elements below the depth limit: they are not in `stack`, but their end tags still come.
  let unwrapped = 0;
  let depth = 0;
  const parser = new Parser(
    {
      onopentag(tag, attrs) {
        depth = Math.max(depth, stack.length + unwrapped);
        const el: HtmlElement = { tag, attrs, children: [] };
        if (stack.length > maxDepth) {
          if (KEEP_WHEN_TOO_DEEP.has(tag)) stack[stack.length - 1].children.push(el);
          unwrapped++;
          return;
        }
        stack[stack.length - 1].children.push(el);
        stack.push(el);
      },
      onclosetag() {
        if (unwrapped > 0) unwrapped--;
        else if (stack.length > 1) stack.pop();
      },
      ontext(text) {
        const children = stack[stack.length - 1].children;
        const last = children.length - 1;
        if (last >= 0 && typeof children[last] === 'string') children[last] += text;
        else children.push(text);
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
  );
  parser.end(html);
  return { root, depth };
}
