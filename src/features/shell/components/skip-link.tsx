import { useI18n } from '../../../lib/i18n.ts';

/** First focusable element: jumps keyboard users past the header and the sidebar. */
export function SkipLink({ targetId }: { targetId: string }) {
  const { t } = useI18n();
  return (
    <a
      href={`#${targetId}`}
      onClick={(event) => {
        // Move focus without touching the URL: a hash would become router state.
        event.preventDefault();
        document.getElementById(targetId)?.focus();
      }}
      className="sr-only z-50 rounded-md bg-sky-700 px-3 py-2 text-sm font-medium text-white focus:not-sr-only focus:fixed focus:top-2 focus:left-2"
    >
      {t.skipToContent}
    </a>
  );
}
