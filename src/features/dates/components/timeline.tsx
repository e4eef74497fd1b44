import type { KeyboardEvent } from 'react';
import { formatCalendarDay, formatMonth, formatShortMonth, formatYear } from '../../../lib/format-date.ts';
import { formatCount } from '../../../lib/format-count.ts';
import { useI18n } from '../../../lib/i18n.ts';
import { monthSpan, yearSpan } from '../lib/calendar-day.ts';
import type { DateFilter } from '../lib/date-filter.ts';
import type { DayTally } from '../lib/list-rows.ts';
import { barCoverage, timelineBars, type TimelineBar, type TimelineLevel } from '../lib/timeline-bars.ts';

interface TimelineProps {
  tally: DayTally;
  level: TimelineLevel;
  filter: DateFilter;
  onChange: (filter: DateFilter) => void;
}

const BAR_SELECTOR = 'button[data-bar]';

/**
 * The histogram: one button per year, month or day (the level follows the filter), its height
 * the article count, the current range highlighted. Clicking a bar filters to its period;
 * clicking the bar that is the whole filter widens back to the period above it. One bar is in
 * the tab order; the arrow keys, Home and End move between bars.
 */
export function Timeline({ tally, level, filter, onChange }: TimelineProps) {
  const { t, locale } = useI18n();
  const bars = timelineBars(tally.days, level);
  const max = Math.max(1, ...bars.map((bar) => bar.count));
  const exact = (bar: TimelineBar) => filter.kind === 'range' && filter.from === bar.from && filter.to === bar.to;
  const focusIndex = Math.max(0, bars.findIndex((bar) => !bar.gap && barCoverage(bar, filter) !== 'none'));

  const periodLabel = (bar: TimelineBar) =>
    level.kind === 'years' ? formatYear(bar.from.slice(0, 4), locale)
    : level.kind === 'months' ? formatMonth(bar.from.slice(0, 7), locale)
    : formatCalendarDay(bar.from, locale);
  const tick = (bar: TimelineBar, i: number) =>
    level.kind === 'years' ? bar.from.slice(0, 4)
    : level.kind === 'months' ? formatShortMonth(bar.from.slice(0, 7), locale)
    : i === 0 || (i + 1) % 5 === 0 ? String(i + 1) : '';

  const widen = (bar: TimelineBar): DateFilter => {
    if (level.kind === 'days') return { kind: 'range', ...monthSpan(bar.from) };
    if (level.kind === 'months') return { kind: 'range', ...yearSpan(bar.from.slice(0, 4)) };
    return { kind: 'none' };
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const buttons = [...event.currentTarget.querySelectorAll<HTMLButtonElement>(BAR_SELECTOR)];
    const current = buttons.indexOf(document.activeElement as HTMLButtonElement);
    if (current < 0) return;
    const target = { ArrowLeft: current - 1, ArrowRight: current + 1, Home: 0, End: buttons.length - 1 }[event.key];
    if (target === undefined) return;
    event.preventDefault();
    const button = buttons[Math.min(buttons.length - 1, Math.max(0, target))];
    for (const other of buttons) other.tabIndex = other === button ? 0 : -1;
    button.focus();
  };

  return (
    <div role="group" aria-label={t.timeline} className="flex items-end gap-px" onKeyDown={onKeyDown}>
      {bars.map((bar, i) => {
        if (bar.gap) return <Gap key={bar.from} label={t.timelineGap(bar.from.slice(0, 4), bar.to.slice(0, 4))} />;
        const coverage = barCoverage(bar, filter);
        const pressed = exact(bar);
        return (
          <Bar
            key={bar.from}
            label={t.timelineBar(periodLabel(bar), bar.count)}
            tick={tick(bar, i)}
            height={bar.count / max}
            tone={coverage === 'all' ? 'strong' : coverage === 'some' ? 'light' : filter.kind === 'none' ? 'neutral' : 'muted'}
            pressed={pressed}
            focusable={i === focusIndex}
            wide={level.kind === 'years'}
            onClick={() => onChange(pressed ? widen(bar) : { kind: 'range', from: bar.from, to: bar.to })}
          />
        );
      })}
      {tally.undated > 0 && (
        <>
          <span aria-hidden="true" className="mx-1 self-stretch border-l border-dashed border-zinc-300 dark:border-zinc-700" />
          {/* A whole-list count beside per-period counts: shown as a number, not a bar to compare. */}
          <button
            type="button"
            aria-pressed={filter.kind === 'undated'}
            title={t.undatedBar(tally.undated)}
            onClick={() => onChange(filter.kind === 'undated' ? { kind: 'none' } : { kind: 'undated' })}
            className="flex w-11 shrink-0 flex-col items-stretch rounded-sm outline-offset-1"
          >
            {/* Named by its content (not aria-label), so the name holds the visible text. */}
            <span className="sr-only">{t.undatedBar(tally.undated)}</span>
            <span
              aria-hidden="true"
              className={`grid h-9 place-items-center rounded-t border-b text-xs tabular-nums ${
                filter.kind === 'undated'
                  ? 'border-sky-600 bg-sky-500 font-medium text-white dark:border-sky-300 dark:bg-sky-400 dark:text-zinc-950'
                  : 'border-zinc-300 bg-zinc-100 text-zinc-700 hover:bg-zinc-200 dark:border-zinc-700 dark:bg-zinc-800 dark:text-zinc-200 dark:hover:bg-zinc-700'
              }`}
            >
              {formatCount(tally.undated, locale)}
            </span>
            <span aria-hidden="true" className="h-4 text-center text-[10px] leading-4 whitespace-nowrap text-zinc-500 dark:text-zinc-400">
              {t.undatedBucket}
            </span>
          </button>
        </>
      )}
    </div>
  );
}

const TONES = {
  strong: 'bg-sky-500 dark:bg-sky-400',
  light: 'bg-sky-300 dark:bg-sky-700',
  neutral: 'bg-zinc-400 dark:bg-zinc-500',
  muted: 'bg-zinc-300 dark:bg-zinc-700',
};

interface BarProps {
  label: string;
  tick: string;
  /** Count relative to the tallest bar, 0..1. */
  height: number;
  tone: keyof typeof TONES;
  pressed: boolean;
  focusable: boolean;
  wide: boolean;
  onClick: () => void;
}

/** A run of empty years: a narrow mark, not a bar to click (there is nothing to list). */
function Gap({ label }: { label: string }) {
  return (
    <span role="img" aria-label={label} title={label} className="flex w-4 shrink-0 flex-col items-stretch">
      <span className="flex h-9 items-end justify-center border-b border-dashed border-zinc-300 pb-1 text-xs leading-none text-zinc-400 dark:border-zinc-700 dark:text-zinc-500">
        ⋯
      </span>
      <span className="h-4" />
    </span>
  );
}

function Bar({ label, tick, height, tone, pressed, focusable, wide, onClick }: BarProps) {
  return (
    <button
      type="button"
      data-bar=""
      aria-label={label}
      aria-pressed={pressed}
      title={label}
      tabIndex={focusable ? 0 : -1}
      onClick={onClick}
      className={`group flex min-w-0 flex-1 flex-col items-stretch rounded-sm outline-offset-1 ${wide ? 'max-w-16' : 'max-w-8'}`}
    >
      <span className="flex h-9 items-end border-b border-zinc-300 px-[1px] group-hover:bg-zinc-100 dark:border-zinc-700 dark:group-hover:bg-zinc-800">
        <span
          className={`w-full rounded-t-[2px] ${TONES[tone]} ${pressed ? 'ring-2 ring-sky-600 ring-offset-1 dark:ring-sky-300 dark:ring-offset-zinc-950' : ''}`}
          style={{ height: height > 0 ? `max(2px, ${Math.round(height * 100)}%)` : 0 }}
        />
      </span>
      {/* Day ticks may be wider than their bar: they overflow centred (their neighbours have none). */}
      <span aria-hidden="true" className="flex h-4 justify-center text-[10px] leading-4 whitespace-nowrap text-zinc-500 tabular-nums dark:text-zinc-400">
        {tick}
      </span>
    </button>
  );
}
