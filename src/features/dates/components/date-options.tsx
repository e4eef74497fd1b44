import type { FormEvent } from 'react';
import { formatCalendarDay, formatMonth, formatTimeZoneName, formatYear } from '../../../lib/format-date.ts';
import { useI18n, type Messages } from '../../../lib/i18n.ts';
import { monthSpan, yearSpan } from '../lib/calendar-day.ts';
import type { DateFilter } from '../lib/date-filter.ts';
import { monthsAndYears, presetRange, PRESETS, type PresetId } from '../lib/date-presets.ts';

interface DateOptionsProps {
  /** The whole archive's per-day counts (`index.days`): presets count back from its last day. */
  archiveDays: [string, number][];
  filter: DateFilter;
  timeZone: string;
  onChange: (filter: DateFilter) => void;
}

const PRESET_LABEL: Record<PresetId, keyof Messages> = { lastDay: 'presetLastDay', last7: 'presetLast7', last30: 'presetLast30' };

/** Presets, a month or a year from a list, and a custom range with two date fields. */
export function DateOptions({ archiveDays, filter, timeZone, onChange }: DateOptionsProps) {
  const { t, locale } = useI18n();
  const newest = archiveDays.at(-1)?.[0];
  const oldest = archiveDays[0]?.[0];
  if (!newest || !oldest) return null;
  const { months, years } = monthsAndYears(archiveDays);
  const from = filter.kind === 'range' ? filter.from : null;
  const to = filter.kind === 'range' ? filter.to : null;
  const selectedMonth = from && to && from.slice(0, 7) === to.slice(0, 7) && from === monthSpan(from).from && to === monthSpan(from).to ? from.slice(0, 7) : '';
  const selectedYear = from && to && from === yearSpan(from.slice(0, 4)).from && to === yearSpan(from.slice(0, 4)).to ? from.slice(0, 4) : '';

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const field = (name: string) => {
      const value = data.get(name);
      return typeof value === 'string' && value ? value : null;
    };
    const start = field('from');
    const end = field('to');
    onChange(start || end ? { kind: 'range', from: start, to: end } : { kind: 'none' });
  };

  const field = 'rounded-md border border-zinc-300 bg-white px-2 py-1 text-sm text-zinc-900 dark:border-zinc-700 dark:bg-zinc-900 dark:text-zinc-100';
  return (
    <div className="flex flex-col gap-3 pt-2 pb-1 text-sm">
      <div className="flex flex-wrap items-center gap-2">
        {PRESETS.map((preset) => {
          const range = presetRange(preset, newest);
          const active = from === range.from && to === range.to;
          return (
            <button
              key={preset}
              type="button"
              aria-pressed={active}
              onClick={() => onChange({ kind: 'range', ...range })}
              className={`rounded-full border px-3 py-1 ${
                active
                  ? 'border-sky-500 bg-sky-50 text-sky-900 dark:border-sky-400 dark:bg-sky-950 dark:text-sky-100'
                  : 'border-zinc-300 hover:bg-zinc-100 dark:border-zinc-700 dark:hover:bg-zinc-800'
              }`}
            >
              {t[PRESET_LABEL[preset]] as string}
            </button>
          );
        })}
        <span className="text-xs text-zinc-500 dark:text-zinc-400">{t.presetsHint(formatCalendarDay(newest, locale))}</span>
      </div>
      <div className="flex flex-wrap items-center gap-x-4 gap-y-2">
        <label className="flex items-center gap-2">
          <span className="text-zinc-600 dark:text-zinc-400">{t.pickMonth}</span>
          <select
            className={field}
            value={selectedMonth}
            onChange={(event) => event.target.value && onChange({ kind: 'range', ...monthSpan(event.target.value) })}
          >
            <option value="">{t.choose}</option>
            {months.map((month) => <option key={month} value={month}>{formatMonth(month, locale)}</option>)}
          </select>
        </label>
        <label className="flex items-center gap-2">
          <span className="text-zinc-600 dark:text-zinc-400">{t.pickYear}</span>
          <select
            className={field}
            value={selectedYear}
            onChange={(event) => event.target.value && onChange({ kind: 'range', ...yearSpan(event.target.value) })}
          >
            <option value="">{t.choose}</option>
            {years.map((year) => <option key={year} value={year}>{formatYear(year, locale)}</option>)}
          </select>
        </label>
      </div>
      {/* Keyed by the filter: the fields show the current range again after every change. */}
      <form key={`${from}..${to}`} onSubmit={submit} aria-label={t.customRange} className="flex flex-wrap items-end gap-2">
        <label className="flex flex-col gap-0.5">
          <span className="text-xs text-zinc-600 dark:text-zinc-400">{t.fromDate}</span>
          <input type="date" name="from" defaultValue={from ?? ''} min={oldest} max={newest} className={field} />
        </label>
        <label className="flex flex-col gap-0.5">
          <span className="text-xs text-zinc-600 dark:text-zinc-400">{t.toDate}</span>
          <input type="date" name="to" defaultValue={to ?? ''} min={oldest} max={newest} className={field} />
        </label>
        <button type="submit" className="rounded-md bg-sky-700 px-3 py-1.5 font-medium text-white hover:bg-sky-800 dark:bg-sky-500 dark:text-zinc-950 dark:hover:bg-sky-400">
          {t.applyRange}
        </button>
      </form>
      <p className="text-xs text-zinc-500 dark:text-zinc-400">
        {t.daysInZone(formatTimeZoneName(timeZone, locale))} ({timeZone})
      </p>
    </div>
  );
}
