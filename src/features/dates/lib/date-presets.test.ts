import { describe, expect, it } from 'vitest';
import { monthsAndYears, presetRange } from './date-presets.ts';

describe('presetRange', () => {
  it('ends every preset on the newest day of the archive', () => {
    expect(presetRange('lastDay', '2025-10-26')).toEqual({ from: '2025-10-26', to: '2025-10-26' });
    expect(presetRange('last7', '2025-10-26')).toEqual({ from: '2025-10-20', to: '2025-10-26' });
    expect(presetRange('last30', '2025-03-01')).toEqual({ from: '2025-01-31', to: '2025-03-01' });
  });
});

describe('monthsAndYears', () => {
  it('lists the months and years with articles, newest first', () => {
    expect(monthsAndYears([['2023-12-31', 1], ['2024-01-02', 3], ['2024-01-20', 1], ['2024-03-01', 2]])).toEqual({
      months: ['2024-03', '2024-01', '2023-12'],
      years: ['2024', '2023'],
    });
  });
});
