import { describe, expect, it } from 'vitest';
import { addDays, daysInMonth, isCalendarDay, monthSpan, yearSpan } from './calendar-day.ts';

describe('isCalendarDay', () => {
  it('accepts a real day in YYYY-MM-DD form', () => {
    expect(isCalendarDay('2024-02-29')).toBe(true);
  });
  it('rejects a day that does not exist', () => {
    expect(isCalendarDay('2023-02-29')).toBe(false);
    expect(isCalendarDay('2024-13-01')).toBe(false);
    expect(isCalendarDay('2024-04-31')).toBe(false);
    expect(isCalendarDay('2024-00-10')).toBe(false);
  });
  it('rejects other spellings', () => {
    expect(isCalendarDay('2024-3-05')).toBe(false);
    expect(isCalendarDay(' 2024-03-05')).toBe(false);
  });
});

describe('daysInMonth', () => {
  it('knows leap years', () => {
    expect([daysInMonth(2024, 2), daysInMonth(2023, 2), daysInMonth(1900, 2), daysInMonth(2000, 2)]).toEqual([29, 28, 28, 29]);
  });
});

describe('addDays', () => {
  it('crosses month and year ends both ways', () => {
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2024-12-31', 1)).toBe('2025-01-01');
    expect(addDays('2025-03-01', -1)).toBe('2025-02-28');
    expect(addDays('2025-10-31', -29)).toBe('2025-10-02');
  });
  it('is unaffected by the daylight-saving changes of the machine running it', () => {
    // 2024-03-10 and 2024-11-03 are 23- and 25-hour days in US zones; calendar days are not.
    expect(addDays('2024-03-09', 2)).toBe('2024-03-11');
    expect(addDays('2024-11-02', 2)).toBe('2024-11-04');
  });
});

describe('monthSpan and yearSpan', () => {
  it('gives the first and last day', () => {
    expect(monthSpan('2024-02')).toEqual({ from: '2024-02-01', to: '2024-02-29' });
    expect(monthSpan('2025-04-17')).toEqual({ from: '2025-04-01', to: '2025-04-30' });
    expect(yearSpan('2025')).toEqual({ from: '2025-01-01', to: '2025-12-31' });
  });
});
