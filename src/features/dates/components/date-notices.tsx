import { formatDayRange } from '../../../lib/format-date.ts';
import { useI18n } from '../../../lib/i18n.ts';
import type { DateNotice } from '../lib/date-filter.ts';

/** What the page did with date params it could not take as they were. */
export function DateNotices({ notices }: { notices: DateNotice[] }) {
  const { t, locale } = useI18n();
  if (!notices.length) return null;
  const text = (notice: DateNotice) => {
    switch (notice.kind) {
      case 'invalid': return t.invalidDate(notice.param, notice.value);
      case 'swapped': return t.swappedDates(formatDayRange(notice.from, notice.to, locale));
      case 'rangeIgnored': return t.rangeIgnored;
    }
  };
  return (
    <ul role="status" className="flex flex-col gap-0.5 text-xs text-amber-800 dark:text-amber-300">
      {notices.map((notice, i) => (
        <li key={i} className="flex gap-1.5">
          <span aria-hidden="true">⚠</span>
          <span className="min-w-0 break-words">{text(notice)}</span>
        </li>
      ))}
    </ul>
  );
}
