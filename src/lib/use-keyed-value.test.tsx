// @vitest-environment jsdom
import { act } from 'react';
import { createRoot } from 'react-dom/client';
import { describe, expect, it } from 'vitest';
import { useKeyedValue } from './use-keyed-value.ts';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

/** The values useKeyedValue returned, one per render, for each (value, key) rendered in turn. */
function keptValues(renders: { value: object; key: string }[]): object[] {
  const seen: object[] = [];
  function Probe({ value, valueKey }: { value: object; valueKey: string }) {
    seen.push(useKeyedValue(value, valueKey));
    return null;
  }
  const root = createRoot(document.createElement('div'));
  for (const { value, key } of renders) act(() => root.render(<Probe value={value} valueKey={key} />));
  act(() => root.unmount());
  return seen;
}

describe('useKeyedValue', () => {
  it('keeps the first object while the key stays the same', () => {
    const first = { days: ['2024-03-01'] };
    const seen = keptValues([{ value: first, key: 'a' }, { value: { days: ['2024-03-01'] }, key: 'a' }]);
    expect(seen).toHaveLength(2);
    expect(seen[1]).toBe(first);
  });

  it('takes the new object when the key changes, and keeps that one', () => {
    const second = { days: ['2024-03-02'] };
    const seen = keptValues([{ value: { days: [] }, key: 'a' }, { value: second, key: 'b' }, { value: { days: ['2024-03-02'] }, key: 'b' }]);
    expect(seen.at(-2)).toBe(second);
    expect(seen.at(-1)).toBe(second);
  });
});
