import { lazy, Suspense, useId, useState } from 'react';
import { formatCalendarDay, formatDayRange, formatMonth, formatYear, formatTimeZoneName } from '../../../lib/format-date.ts';
import { useI18n } from '../../../lib/i18n.ts';
import { monthSpan, yearSpan } from '../lib/calendar-day.ts';
import type { DateFilter, DateNotice } from '../lib/date-filter.ts';
import { daySpan, type DayTally } from '../lib/list-rows.ts';
import { timelineLevelFor } from '../lib/timeline-bars.ts';
import { DateNotices } from './date-notices.tsx';
import { Timeline } from './timeline.tsx';
import { CloseIcon } from '../../../lib/close-icon.tsx';

// The presets and the custom range open on demand: they are fetched when the Dates button is
// pointed at or focused, not with the first screen.
const loadDateOptions = () => import('./date-options.tsx');
const DateOptions = lazy(() => loadDateOptions().then((module) => ({ default: module.DateOptions })));
const preloadDateOptions = () => void loadDateOptions().catch(() => undefined);

interface DateBarProps {
  filter: DateFilter;
  notices: DateNotice[];
  /** The current list's per-day counts, or null while they load. */
  tally: DayTally | null;
  /** The whole archive's per-day counts (`index.days`). */
  archiveDays: [string, number][];
  timeZone: string;
  onChange: (filter: DateFilter) => void;
}

/**
 * Everything about dates above the list: where the timeline is (years, a year's months, a
 * month's days), the active range with a way to clear it, what was ignored in the URL, the
 * timeline itself, and on demand the presets and the custom range.
 */
export default function DateBar({ filter, notices, tally, archiveDays, timeZone, onChange }: DateBarProps) {
  const { t, locale } = useI18n();
  const [open, setOpen] = useState(false);
  const panelId = useId();
  const level = timelineLevelFor(filter, tally ? daySpan(tally.days) : null);
  const zone = formatTimeZoneName(timeZone, locale);

  const crumbs: { label: string; filter: DateFilter }[] = [{ label: t.allYears, filter: { kind: 'none' } }];
  if (level.kind !== 'years') {
    const year = level.kind === 'months' ? level.year : level.month.slice(0, 4);
    crumbs.push({ label: formatYear(year, locale), filter: { kind: 'range', ...yearSpan(year) } });
  }
  if (level.kind === 'days') crumbs.push({ label: formatMonth(level.month, locale), filter: { kind: 'range', ...monthSpan(level.month) } });
  const isCurrent = (crumb: DateFilter) =>
    crumb.kind === 'none' ? filter.kind === 'none' : filter.kind === 'range' && crumb.kind === 'range' && crumb.from === filter.from && crumb.to === filter.to;

  const summary =
    filter.kind === 'undated' ? t.onlyUndated
    : filter.kind === 'range' && filter.from && filter.to ? formatDayRange(filter.from, filter.to, locale)
    : filter.kind === 'range' && filter.from ? t.rangeFrom(formatCalendarDay(filter.from, locale))
    : filter.kind === 'range' && filter.to ? t.rangeTo(formatCalendarDay(filter.to, locale))
    : null;

  return (
    <section aria-label={t.dateFilter} className="border-b border-zinc-200 px-4 pt-1.5 pb-1 dark:border-zinc-800">
      <div className="mx-auto flex max-w-[calc(48rem-2rem)] flex-col gap-1">
        <div className="flex flex-wrap items-center gap-x-2 gap-y-1 text-sm">
          <nav aria-label={t.timeline} className="min-w-0">
            <ol className="flex min-w-0 items-center gap-1 text-zinc-600 dark:text-zinc-400">
              {crumbs.map((crumb, i) => (
                <li key={crumb.label} className="flex min-w-0 items-center gap-1">
                  {i > 0 && <span aria-hidden="true">›</span>}
                  {isCurrent(crumb.filter) ? (
                    <span aria-current="location" className="truncate font-medium text-zinc-900 dark:text-zinc-100">{crumb.label}</span>
                  ) : (
                    <button
                      type="button"
                      className="truncate rounded px-0.5 hover:text-sky-700 hover:underline dark:hover:text-sky-300"
                      onClick={() => onChange(crumb.filter)}
                    >
                      {crumb.label}
                    </button>
                  )}
                </li>
              ))}
            </ol>
          </nav>
          <div className="ml-auto flex items-center gap-1.5">
            {summary && (
              <span
                title={t.daysInZone(zone)}
                className="flex items-center gap-1 rounded-full bg-sky-100 py-0.5 pr-1 pl-2.5 text-xs font-medium text-sky-900 dark:bg-sky-900/60 dark:text-sky-100"
              >
                <span data-testid="date-range-summary">{summary}</span>
                <button
                  type="button"
                  aria-label={t.clearDates}
                  title={t.clearDates}
                  onClick={() => onChange({ kind: 'none' })}
                  className="grid size-5 place-items-center rounded-full hover:bg-sky-200 dark:hover:bg-sky-800"
                >
                  <CloseIcon className="size-3" strokeWidth={2.2} />
                </button>
              </span>
            )}
            {!summary && notices.length > 0 && (
              <button
                type="button"
                onClick={() => onChange({ kind: 'none' })}
                className="rounded-full border border-zinc-300 px-2.5 py-0.5 text-xs hover:bg-zinc-100 dark:border-zinc-700 dark:hover:bg-zinc-800"
              >
                {t.clearDates}
              </button>
            )}
            <button
              type="button"
              aria-expanded={open}
              aria-controls={panelId}
              title={t.showDateOptions}
              onClick={() => setOpen((value) => !value)}
              onPointerEnter={preloadDateOptions}
              onFocus={preloadDateOptions}
              className="flex items-center gap-1 rounded-md px-2 py-0.5 text-zinc-600 hover:bg-zinc-100 dark:text-zinc-300 dark:hover:bg-zinc-800"
            >
              <svg aria-hidden="true" viewBox="0 0 20 20" className="size-4">
                <rect x="3" y="4.5" width="14" height="12" rx="2" fill="none" stroke="currentColor" strokeWidth="1.6" />
                <path d="M3 8.5h14M7 2.5v4M13 2.5v4" stroke="currentColor" strokeWidth="1.6" strokeLinecap="round" />
              </svg>
              {t.dates}
              <svg aria-hidden="true" viewBox="0 0 16 16" className={`size-3 transition-transform ${open ? 'rotate-180' : ''}`}>
                <path d="M4 6l4 4 4-4" fill="none" stroke="currentColor" strokeWidth="1.8" strokeLinecap="round" strokeLinejoin="round" />
              </svg>
            </button>
          </div>
        </div>
        <DateNotices notices={notices} />
        {tally ? (
          <Timeline tally={tally} level={level} filter={filter} onChange={onChange} />
        ) : (
          <div aria-hidden="true" className="h-[52px] animate-pulse rounded bg-zinc-100 dark:bg-zinc-900" />
        )}
        <div id={panelId} hidden={!open}>
          {open && (
            <Suspense fallback={null}>
              <DateOptions archiveDays={archiveDays} filter={filter} timeZone={timeZone} onChange={onChange} />
            </Suspense>
          )}
        </div>
      </div>
    </section>
  );
}
