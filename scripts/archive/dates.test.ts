import { describe, expect, it } from 'vitest';
import { dateSpan, formatNaive, formatRfc1123 } from './dates.ts';

const instant = Date.parse('2021-12-24T08:07:41Z');

describe('date formats', () => {
  it('writes RFC 1123', () => expect(formatRfc1123(instant)).toBe('Fri, 24 Dec 2021 08:07:41 GMT'));
  it('writes naive dates as UTC wall clock', () => expect(formatNaive(instant)).toBe('2021-12-24 08:07:41'));
  it('writes naive dates in another offset when asked', () => expect(formatNaive(instant, 8)).toBe('2021-12-24 16:07:41'));
});

describe('dateSpan', () => {
  it('defaults to 5 years ending 2026-06-30', () =>
    expect(dateSpan()).toEqual({ startMs: Date.parse('2021-07-01T00:00:00Z'), endMs: Date.parse('2026-06-30T23:59:59Z') }));
  it('runs `years` from startDate', () =>
    expect(dateSpan('2024-01-01', 2)).toEqual({ startMs: Date.parse('2024-01-01T00:00:00Z'), endMs: Date.parse('2025-12-31T23:59:59Z') }));
  it('rejects a startDate it cannot read', () => expect(() => dateSpan('soon')).toThrow('startDate "soon" is not YYYY-MM-DD'));
});
