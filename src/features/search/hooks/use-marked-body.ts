import { useCallback } from 'react';
import type { QueryTerm } from '../../../search/query.ts';
import { useKeyedValue } from '../../../lib/use-keyed-value.ts';
import { highlightInDom } from '../lib/highlight-dom.ts';

/** Marks the query's terms in a sanitized body's text nodes (returns the undo); the same function while the terms' text is the same. */
export function useMarkedBody(terms: readonly QueryTerm[]): (root: HTMLElement) => () => void {
  // `terms` is rebuilt with every parse of the query; its text is what matters.
  const kept = useKeyedValue(terms, terms.map((term) => term.text).join(' '));
  return useCallback((root: HTMLElement) => highlightInDom(root, kept), [kept]);
}
