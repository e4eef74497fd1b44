/**
 * Quick date ranges, relative to the archive's newest day rather than today: an archive may
 * be years old, and "the last 7 days" of it is what a reader of it means.
 */
import { addDays } from './calendar-day.ts';

export type PresetId = 'lastDay' | 'last7' | 'last30';

export const PRESETS: readonly PresetId[] = ['lastDay', 'last7', 'last30'];

const LENGTH: Record<PresetId, number> = { lastDay: 1, last7: 7, last30: 30 };

/** The range of a preset ending on `newestDay`, both ends inclusive. */
export function presetRange(preset: PresetId, newestDay: string): { from: string; to: string } {
  return { from: addDays(newestDay, 1 - LENGTH[preset]), to: newestDay };
}

/** Months (`YYYY-MM`) and years (`YYYY`) that hold at least one day of `days`, newest first. */
export function monthsAndYears(days: readonly [string, number][]): { months: string[]; years: string[] } {
  const months = new Set<string>();
  const years = new Set<string>();
  for (let i = days.length - 1; i >= 0; i--) {
    months.add(days[i][0].slice(0, 7));
    years.add(days[i][0].slice(0, 4));
  }
  return { months: [...months], years: [...years] };
}
