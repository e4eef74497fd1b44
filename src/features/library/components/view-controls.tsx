import { useState } from 'react';
import { useI18n } from '../../../lib/i18n.ts';

interface ViewControlsProps {
  unreadOnly: boolean;
  /** Hidden in the Starred view, which has its own list. */
  showUnreadToggle: boolean;
  onToggleUnread: () => void;
  /** Absent when the view has nothing unread. */
  onMarkAllRead?: () => void;
}

const buttonClass =
  'rounded-md border border-zinc-300 px-2.5 py-1 text-sm font-medium text-zinc-700 hover:bg-zinc-100 disabled:cursor-default disabled:opacity-60 disabled:hover:bg-transparent aria-pressed:border-sky-500 aria-pressed:bg-sky-50 aria-pressed:text-sky-900 dark:border-zinc-700 dark:text-zinc-200 dark:hover:bg-zinc-800 dark:aria-pressed:border-sky-400 dark:aria-pressed:bg-sky-950 dark:aria-pressed:text-sky-100';

/** Above the list: the "unread only" toggle and "mark all in this view as read". */
export function ViewControls({ unreadOnly, showUnreadToggle, onToggleUnread, onMarkAllRead }: ViewControlsProps) {
  const { t } = useI18n();
  const [done, setDone] = useState(false);
  return (
    <div className="flex flex-wrap items-center gap-2">
      {showUnreadToggle && (
        <button type="button" aria-pressed={unreadOnly} className={buttonClass} onClick={onToggleUnread}>
          {t.unreadOnly}
        </button>
      )}
      <button
        type="button"
        className={buttonClass}
        disabled={!onMarkAllRead}
        onClick={() => {
          onMarkAllRead?.();
          setDone(true);
        }}
      >
        {t.markAllRead}
      </button>
      {/* Only after the action: the page has no other status to confuse it with before. */}
      {done && (
        <span role="status" className="sr-only">
          {t.markedAllRead}
        </span>
      )}
    </div>
  );
}
