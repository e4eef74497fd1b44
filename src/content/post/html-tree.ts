import { Parser } from 'htmlparser2';

export interface HtmlElement {
  tag: string;
  attrs: Record<string, string>;
  children: HtmlNode[];
}
/** Text nodes are plain strings with entities decoded. Comments are not kept. */
export type HtmlNode = HtmlElement | string;

/**
 * Parses an HTML fragment into a small tree (tag names and attribute names lower-cased,
 * entities decoded, implied end tags closed the way htmlparser2 does). Our own node type keeps
 * the cleaner independent of domhandler's classes.
 */
export function parseHtml(html: string): HtmlElement {
  const root: HtmlElement = { tag: '#root', attrs: {}, children: [] };
  const stack: HtmlElement[] = [root];
  const parser = new Parser(
    {
      onopentag(tag, attrs) {
        const el: HtmlElement = { tag, attrs, children: [] };
        stack[stack.length - 1]!.children.push(el);
        stack.push(el);
      },
      onclosetag() {
        if (stack.length > 1) stack.pop();
      },
      ontext(text) {
        const children = stack[stack.length - 1]!.children;
        const last = children.length - 1;
        if (last >= 0 && typeof children[last] === 'string') children[last] += text;
        else children.push(text);
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
  );
  parser.end(html);
  return root;
}
