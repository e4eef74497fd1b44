/**
 * Which day an article belongs to is decided once, at build time, in the archive zone
 * (`ARCHIVE_TZ`). These are the instants where that is easy to get wrong: the last and first
 * millisecond of a day around midnight UTC, and the days on which a zone's clocks change.
 */
import { describe, expect, it } from 'vitest';
import { dayInZone } from './zoned-time.ts';

const dayOf = (iso: string, zone: string) => dayInZone(Date.parse(iso), zone);

describe('day boundaries in Asia/Shanghai (UTC+8, the default)', () => {
  it('starts a day at 16:00 UTC of the day before', () => {
    expect(dayOf('2021-12-31T15:59:59.999Z', 'Asia/Shanghai')).toBe('2021-12-31');
    expect(dayOf('2021-12-31T16:00:00.000Z', 'Asia/Shanghai')).toBe('2022-01-01');
  });
  it('does not change day at midnight UTC', () => {
    expect(dayOf('2021-12-31T23:59:59.999Z', 'Asia/Shanghai')).toBe('2022-01-01');
    expect(dayOf('2022-01-01T00:00:00.000Z', 'Asia/Shanghai')).toBe('2022-01-01');
  });
});

describe('day boundaries in America/Los_Angeles across daylight-saving changes', () => {
  it('starts the spring-forward day (23 hours) at 08:00 UTC and the next at 07:00 UTC', () => {
    expect(dayOf('2021-03-14T07:59:59.999Z', 'America/Los_Angeles')).toBe('2021-03-13');
    expect(dayOf('2021-03-14T08:00:00.000Z', 'America/Los_Angeles')).toBe('2021-03-14');
    expect(dayOf('2021-03-15T06:59:59.999Z', 'America/Los_Angeles')).toBe('2021-03-14');
    expect(dayOf('2021-03-15T07:00:00.000Z', 'America/Los_Angeles')).toBe('2021-03-15');
  });
  it('starts the fall-back day (25 hours) at 07:00 UTC and the next at 08:00 UTC', () => {
    expect(dayOf('2021-11-07T06:59:59.999Z', 'America/Los_Angeles')).toBe('2021-11-06');
    expect(dayOf('2021-11-07T07:00:00.000Z', 'America/Los_Angeles')).toBe('2021-11-07');
    expect(dayOf('2021-11-08T07:59:59.999Z', 'America/Los_Angeles')).toBe('2021-11-07');
    expect(dayOf('2021-11-08T08:00:00.000Z', 'America/Los_Angeles')).toBe('2021-11-08');
  });
  it('keeps both passes of the repeated hour (01:00-02:00 on fall-back night) on the same day', () => {
    expect(dayOf('2021-11-07T08:30:00.000Z', 'America/Los_Angeles')).toBe('2021-11-07'); // 01:30 PDT
    expect(dayOf('2021-11-07T09:30:00.000Z', 'America/Los_Angeles')).toBe('2021-11-07'); // 01:30 PST
  });
});

describe('day boundaries where the clocks skip midnight itself (America/Santiago)', () => {
  it('starts 2022-09-11 at 01:00 local time, 04:00 UTC', () => {
    expect(dayOf('2022-09-11T03:59:59.999Z', 'America/Santiago')).toBe('2022-09-10');
    expect(dayOf('2022-09-11T04:00:00.000Z', 'America/Santiago')).toBe('2022-09-11');
  });
});

describe('day boundaries in Europe/London (UTC+0 in winter)', () => {
  it('changes day at 23:00 UTC in summer time and at midnight UTC after the change', () => {
    expect(dayOf('2021-10-30T22:59:59.999Z', 'Europe/London')).toBe('2021-10-30');
    expect(dayOf('2021-10-30T23:00:00.000Z', 'Europe/London')).toBe('2021-10-31');
    expect(dayOf('2021-10-31T23:59:59.999Z', 'Europe/London')).toBe('2021-10-31');
    expect(dayOf('2021-11-01T00:00:00.000Z', 'Europe/London')).toBe('2021-11-01');
  });
});
