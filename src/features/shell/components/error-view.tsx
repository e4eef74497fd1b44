import { useRouter } from '@tanstack/react-router';
import { DataOfflineError } from '../../../lib/fetch-data.ts';
import { useI18n } from '../../../lib/i18n.ts';

/**
 * A data file failed to load: say so and offer a retry; the rest of the app keeps working.
 * `offline`: the browser is offline and the file was never saved for offline reading. Its
 * title is the page's h1 (it replaces the view that would have had one).
 */
function ErrorView({ onRetry, detail, offline = false }: { onRetry: () => void; detail?: string; offline?: boolean }) {
  const { t } = useI18n();
  return (
    <div role="alert" className="mx-auto flex max-w-md flex-col items-center gap-3 px-6 py-16 text-center">
      <svg aria-hidden="true" viewBox="0 0 48 48" className="size-12 text-amber-500">
        <path d="M24 6 44 41H4L24 6Z" fill="none" stroke="currentColor" strokeWidth="2.5" strokeLinejoin="round" />
        <path d="M24 19v10M24 34v.5" stroke="currentColor" strokeWidth="3" strokeLinecap="round" />
      </svg>
      <h1 className="text-lg font-semibold">{offline ? t.needsConnection : t.loadFailed}</h1>
      <p className="text-sm text-zinc-600 dark:text-zinc-400">{offline ? t.needsConnectionHint : t.loadFailedHint}</p>
      {detail && <p className="font-mono text-xs break-all text-zinc-400 dark:text-zinc-500">{detail}</p>}
      <button
        type="button"
        onClick={onRetry}
        className="mt-2 rounded-md bg-sky-700 px-4 py-2 text-sm font-medium text-white hover:bg-sky-800 dark:bg-sky-500 dark:text-zinc-950 dark:hover:bg-sky-400"
      >
        {t.retry}
      </button>
    </div>
  );
}

/** A route's error view: Retry resets the route's error boundary and reloads its data. */
export function RouteErrorView({ error, reset }: { error: unknown; reset: () => void }) {
  const router = useRouter();
  return (
    <ErrorView
      detail={error instanceof Error ? error.message : undefined}
      offline={error instanceof DataOfflineError}
      onRetry={() => {
        reset();
        void router.invalidate();
      }}
    />
  );
}
