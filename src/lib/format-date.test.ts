import { describe, expect, it } from 'vitest';
import {
  formatArticleDateTime,
  formatCalendarDay,
  formatDayRange,
  formatListDate,
  formatMonth,
  formatShortMonth,
  formatTimeZoneName,
  formatYear,
} from './format-date.ts';

const shanghai = 'Asia/Shanghai';
const iso = '2021-12-24T08:07:41.000Z';
const at = (offsetMs: number) => Date.parse(iso) + offsetMs;

describe('formatListDate', () => {
  it('says minutes ago within the hour', () => {
    expect(formatListDate(iso, { now: at(5 * 60_000), timeZone: shanghai, locale: 'zh-CN' })).toBe('5分钟前');
  });
  it('says hours ago within the day', () => {
    expect(formatListDate(iso, { now: at(3 * 3600_000), timeZone: shanghai, locale: 'en' })).toBe('3 hours ago');
  });
  it('says yesterday for one day ago', () => {
    expect(formatListDate(iso, { now: at(30 * 3600_000), timeZone: shanghai, locale: 'zh-CN' })).toBe('昨天');
  });
  it('gives the date in the archive zone after a week', () => {
    // 2021-12-24 20:00 UTC is already Dec 25 in Shanghai.
    expect(formatListDate('2021-12-24T20:00:00.000Z', { now: at(30 * 86400_000), timeZone: shanghai, locale: 'zh-CN' }))
      .toBe('2021年12月25日');
  });
  it('gives the English date after a week', () => {
    expect(formatListDate(iso, { now: at(30 * 86400_000), timeZone: shanghai, locale: 'en' })).toBe('Dec 24, 2021');
  });
  it('gives a calendar date for a date in the future', () => {
    expect(formatListDate(iso, { now: at(-3600_000), timeZone: shanghai, locale: 'en' })).toBe('Dec 24, 2021');
  });
});

describe('formatArticleDateTime', () => {
  it('shows the time in the archive zone with its Chinese name', () => {
    expect(formatArticleDateTime(iso, { timeZone: shanghai, locale: 'zh-CN' })).toBe('2021年12月24日 16:07 (中国标准时间)');
  });
  it('shows the English zone name', () => {
    expect(formatArticleDateTime(iso, { timeZone: shanghai, locale: 'en' })).toBe('December 24, 2021 at 4:07 PM (China Standard Time)');
  });
});

describe('calendar day formatting', () => {
  it('formats a day as the day itself in every zone of the machine', () => {
    expect(formatCalendarDay('2024-03-05', 'zh-CN')).toBe('2024年3月5日');
    expect(formatCalendarDay('2024-03-05', 'en')).toBe('Mar 5, 2024');
  });
  it('formats a range, shortened within a month', () => {
    expect(formatDayRange('2024-03-01', '2024-03-31', 'en')).toBe('Mar 1\u2009–\u200931, 2024');
    expect(formatDayRange('2024-03-05', '2024-03-05', 'en')).toBe('Mar 5, 2024');
  });
  it('formats months and years', () => {
    expect(formatMonth('2024-03', 'zh-CN')).toBe('2024年3月');
    expect(formatShortMonth('2024-03', 'zh-CN')).toBe('3月');
    expect(formatYear('2024', 'zh-CN')).toBe('2024年');
    expect(formatMonth('2024-03', 'en')).toBe('March 2024');
  });
  it('names the zone in the UI language', () => {
    expect(formatTimeZoneName('Asia/Shanghai', 'zh-CN')).toBe('中国标准时间');
    expect(formatTimeZoneName('America/Los_Angeles', 'en')).toBe('Pacific Time');
  });
});
