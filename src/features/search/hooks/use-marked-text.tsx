import { useCallback, type ReactNode } from 'react';
import type { QueryTerm } from '../../../search/query.ts';
import { useKeyedValue } from '../../../lib/use-keyed-value.ts';
import { HighlightedText } from '../components/highlighted-text.tsx';

/** Draws text (a title, an excerpt) with the query's terms marked; the same function while the terms' text is the same. */
export function useMarkedText(terms: readonly QueryTerm[]): (text: string) => ReactNode {
  // `terms` is rebuilt with every parse of the query; its text is what matters.
  const kept = useKeyedValue(terms, terms.map((term) => term.text).join(' '));
  return useCallback((text: string) => <HighlightedText text={text} terms={kept} />, [kept]);
}
