import { useEffect, useState } from 'react';
import { useI18n } from '../../../lib/i18n.ts';

type ShareStatus = 'idle' | 'copied' | 'failed';

/** How long the confirmation stays visible. */
const STATUS_MS = 2500;

/** Shares the page with the Web Share API where there is one, else copies its link. */
export function ShareButton({ title }: { title: string }) {
  const { t } = useI18n();
  const [status, setStatus] = useState<ShareStatus>('idle');
  const canShare = typeof navigator !== 'undefined' && typeof navigator.share === 'function';

  useEffect(() => {
    if (status === 'idle') return;
    const timer = setTimeout(() => setStatus('idle'), STATUS_MS);
    return () => clearTimeout(timer);
  }, [status]);

  const onClick = async () => {
    const url = window.location.href;
    if (canShare) {
      try {
        await navigator.share({ title, url });
        return;
      } catch (error) {
        // The reader closed the share sheet: nothing to do. Other failures fall back to copying.
        if (error instanceof DOMException && error.name === 'AbortError') return;
      }
    }
    setStatus((await copyText(url)) ? 'copied' : 'failed');
  };

  return (
    <div className="flex items-center gap-3">
      <button
        type="button"
        onClick={onClick}
        className="inline-flex items-center gap-1.5 rounded-md border border-zinc-300 px-2.5 py-1 text-sm font-medium text-zinc-700 hover:bg-zinc-100 dark:border-zinc-700 dark:text-zinc-200 dark:hover:bg-zinc-800"
      >
        <svg aria-hidden="true" viewBox="0 0 20 20" className="size-4">
          <path d="M8.5 11.5a3.5 3.5 0 0 0 5 0l2.5-2.5a3.5 3.5 0 0 0-5-5L10 5M11.5 8.5a3.5 3.5 0 0 0-5 0L4 11a3.5 3.5 0 0 0 5 5l1-1" fill="none" stroke="currentColor" strokeWidth="1.6" strokeLinecap="round" />
        </svg>
        {canShare ? t.share : t.copyLink}
      </button>
      <span role="status" aria-live="polite" className="text-sm text-emerald-700 dark:text-emerald-400">
        {status === 'copied' ? t.linkCopied : status === 'failed' ? t.copyFailed : ''}
      </span>
    </div>
  );
}

async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    // No clipboard permission (or an insecure page): the old selection-based copy often still works.
    const field = document.createElement('textarea');
    field.value = text;
    field.setAttribute('readonly', '');
    field.style.position = 'fixed';
    field.style.opacity = '0';
    document.body.append(field);
    field.select();
    try {
      return document.execCommand('copy');
    } catch {
      return false;
    } finally {
      field.remove();
    }
  }
}
