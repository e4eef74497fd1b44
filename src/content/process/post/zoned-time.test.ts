import { describe, expect, it } from 'vitest';
import { dayInZone, wallTimeToEpochMs, zoneOffsetMs } from './zoned-time.ts';

const iso = (ms: number) => new Date(ms).toISOString();

describe('wallTimeToEpochMs', () => {
  it('reads a wall time in a zone without DST', () => {
    expect(iso(wallTimeToEpochMs('Asia/Shanghai', 2021, 3, 23, 10, 0, 0))).toBe('2021-03-23T02:00:00.000Z');
  });

  it('uses standard time before and daylight time after the spring-forward change', () => {
    expect(iso(wallTimeToEpochMs('America/Los_Angeles', 2021, 3, 14, 1, 59, 0))).toBe('2021-03-14T09:59:00.000Z');
    expect(iso(wallTimeToEpochMs('America/Los_Angeles', 2021, 3, 14, 3, 0, 0))).toBe('2021-03-14T10:00:00.000Z');
  });

  it('reads a skipped time (02:30 on spring-forward night) as 03:30 daylight time', () => {
    expect(iso(wallTimeToEpochMs('America/Los_Angeles', 2021, 3, 14, 2, 30, 0))).toBe('2021-03-14T10:30:00.000Z');
  });

  it('reads a repeated time (01:30 on fall-back night) as the earlier instant', () => {
    expect(iso(wallTimeToEpochMs('America/Los_Angeles', 2021, 11, 7, 1, 30, 0))).toBe('2021-11-07T08:30:00.000Z');
    expect(iso(wallTimeToEpochMs('America/Los_Angeles', 2021, 11, 7, 2, 30, 0))).toBe('2021-11-07T10:30:00.000Z');
  });

  it('handles a half-hour zone (Lord Howe changes by 30 minutes)', () => {
    expect(iso(wallTimeToEpochMs('Australia/Lord_Howe', 2021, 1, 15, 12, 0, 0))).toBe('2021-01-15T01:00:00.000Z');
    expect(iso(wallTimeToEpochMs('Australia/Lord_Howe', 2021, 7, 15, 12, 0, 0))).toBe('2021-07-15T01:30:00.000Z');
  });

  it('throws a RangeError for an unknown zone', () => {
    expect(() => wallTimeToEpochMs('Mars/Olympus', 2021, 1, 1)).toThrow(RangeError);
  });
});

describe('zoneOffsetMs', () => {
  it('is exact on both sides of a change inside a UTC day', () => {
    const change = Date.UTC(2021, 2, 14, 10, 0, 0);
    expect(zoneOffsetMs(change - 1000, 'America/Los_Angeles')).toBe(-8 * 3_600_000);
    expect(zoneOffsetMs(change, 'America/Los_Angeles')).toBe(-7 * 3_600_000);
  });
});

describe('dayInZone', () => {
  it('gives the day as seen in the zone', () => {
    const ms = Date.UTC(2021, 2, 21, 16, 40, 55);
    expect(dayInZone(ms, 'Asia/Shanghai')).toBe('2021-03-22');
    expect(dayInZone(ms, 'UTC')).toBe('2021-03-21');
    expect(dayInZone(Date.UTC(2021, 2, 22, 7, 59, 59), 'America/Los_Angeles')).toBe('2021-03-22');
    expect(dayInZone(Date.UTC(2021, 2, 22, 6, 59, 59), 'America/Los_Angeles')).toBe('2021-03-21');
  });
});
