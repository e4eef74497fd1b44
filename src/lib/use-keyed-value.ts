import { useState } from 'react';

/**
 * `value` as first seen with `key`: the same object until the key changes. For values rebuilt
 * on every render (a parsed query's terms, a filter object) whose identity should follow their
 * content, so the memos and callbacks that depend on them stay put.
 */
export function useKeyedValue<T>(value: T, key: string): T {
  const [kept, setKept] = useState({ key, value });
  if (kept.key === key) return kept.value;
  setKept({ key, value });
  return value;
}
