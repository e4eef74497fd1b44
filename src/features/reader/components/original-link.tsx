import { useI18n } from '../../../lib/i18n.ts';
import { isWebUrl } from '../lib/web-url.ts';

/** "Open original": the article at its source, in a new tab that cannot reach this one. */
export function OriginalLink({ url }: { url: string }) {
  const { t } = useI18n();
  if (!isWebUrl(url)) return null;
  return (
    <a
      href={url}
      target="_blank"
      rel="noopener noreferrer"
      className="inline-flex items-center gap-1.5 rounded-md border border-zinc-300 px-2.5 py-1 text-sm font-medium text-zinc-700 hover:bg-zinc-100 dark:border-zinc-700 dark:text-zinc-200 dark:hover:bg-zinc-800"
    >
      <svg aria-hidden="true" viewBox="0 0 20 20" className="size-4">
        <path d="M11 4h5v5M16 4l-7 7M14 12v3.5a.5.5 0 0 1-.5.5h-9a.5.5 0 0 1-.5-.5v-9a.5.5 0 0 1 .5-.5H8" fill="none" stroke="currentColor" strokeWidth="1.6" strokeLinecap="round" strokeLinejoin="round" />
      </svg>
      {t.openOriginal}
    </a>
  );
}
