/**
 * Marks query terms inside an already-sanitized DOM (the article body): walks its text nodes
 * and splits them around matches, wrapping each in a `<mark>` made with the DOM API. No HTML is
 * ever built from the query. Returns a function that puts the text nodes back.
 */
import type { Marker } from './marker.ts';

const MARK_CLASS = 'search-mark';

export function highlightInDom(root: HTMLElement, marker: Marker): () => void {
  const walker = root.ownerDocument.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const texts: Text[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) texts.push(node as Text);
  const marks: HTMLElement[] = [];
  for (const node of texts) {
    const ranges = marker.ranges(node.data);
    // Right to left, so earlier offsets stay valid while the node is split.
    for (let i = ranges.length - 1; i >= 0; i--) {
      const [start, end] = ranges[i];
      const match = node.splitText(start);
      match.splitText(end - start);
      const mark = root.ownerDocument.createElement('mark');
      mark.className = MARK_CLASS;
      match.replaceWith(mark);
      mark.append(match);
      marks.push(mark);
    }
  }
  return () => {
    for (const mark of marks) {
      const parent = mark.parentNode;
      if (!parent) continue;
      mark.replaceWith(...mark.childNodes);
      parent.normalize();
    }
  };
}
