import type { TextRange } from '../../../search/highlight.ts';

/** What a query marks in a text (a title, an excerpt, a body's text node), as ranges of the text as written. */
export interface Marker {
  /** The same for two queries that mark the same things: a key for memos and scroll positions. */
  key: string;
  ranges: (text: string) => TextRange[];
}
