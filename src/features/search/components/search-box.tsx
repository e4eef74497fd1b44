import { useEffect, useRef } from 'react';
import { useI18n } from '../../../lib/i18n.ts';
import type { QueryNote, QueryNotice } from '../../../search/query.ts';
import { insertsWholeWord } from '../lib/whole-word-input.ts';

/**
 * Keystrokes pause this long before the results show and the URL changes (a word committed
 * by an input method, or pasted, shows at once). Fetching does not wait: see `onType`.
 */
export const SEARCH_DEBOUNCE_MS = 150;

interface SearchBoxProps {
  /** The query in the URL. */
  value: string;
  /** Called with the settled text (after the debounce, at once on Enter or clear). */
  onSearch: (q: string) => void;
  notice: QueryNotice | null;
  /** How the query was read, when its syntax was read another way than written. */
  reading?: { text: string; notes: readonly QueryNote[] } | null;
  /** Called when the person starts to search (focus): a chance to fetch what every query needs. */
  onStart?: () => void;
  /**
   * Called with the text on every edit (not while an input method composes), before the
   * debounce: a chance to fetch what it needs. `signal` aborts at the next edit.
   */
  onType?: (text: string, signal: AbortSignal) => void;
}

/**
 * The search field. The URL holds the query; the field is uncontrolled so typing never waits
 * for the router, and it is brought back in line when the URL changes under it (Back, a link,
 * "clear the query"). `/` focuses it from anywhere but another text field.
 */
export function SearchBox({ value, onSearch, notice, reading, onStart, onType }: SearchBoxProps) {
  const { t } = useI18n();
  const input = useRef<HTMLInputElement>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const sent = useRef(value);
  // While an input method composes, the box holds its pinyin (or kana): not the query.
  const composing = useRef(false);
  const typed = useRef<AbortController | null>(null);

  useEffect(() => {
    sent.current = value;
    const field = input.current;
    if (field && field.value.trim() !== value) field.value = value;
  }, [value]);

  useEffect(
    () => () => {
      clearTimeout(timer.current);
      typed.current?.abort();
    },
    [],
  );

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey || event.defaultPrevented) return;
      const target = event.target as HTMLElement | null;
      if (target?.closest('input, textarea, select, [contenteditable=""], [contenteditable="true"]')) return;
      event.preventDefault();
      input.current?.focus();
      input.current?.select();
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, []);

  const settle = (text: string) => {
    clearTimeout(timer.current);
    const q = text.trim();
    if (q === sent.current) return;
    sent.current = q;
    onSearch(q);
  };

  /** The text changed: start fetching for it, then show it now or after the debounce. */
  const edited = (text: string, now: boolean) => {
    clearTimeout(timer.current);
    typed.current?.abort();
    typed.current = new AbortController();
    if (text.trim()) onType?.(text, typed.current.signal);
    // Clearing the field (its × button or select-all + delete) applies at once.
    if (now || text.trim() === '') settle(text);
    else timer.current = setTimeout(() => settle(text), SEARCH_DEBOUNCE_MS);
  };

  const noticeText =
    notice === 'tooShort' ? t.searchTooShort : notice === 'noWords' ? t.searchNoWords : notice === 'truncated' ? t.searchTruncated : null;
  const readingText = reading && reading.notes.length > 0 ? [...reading.notes.map((note) => t.searchNotes[note]), t.searchReadAs(reading.text)].join(' · ') : null;
  const message = [noticeText, readingText].filter(Boolean).join(' ') || null;

  return (
    <div className="border-b border-zinc-200 px-4 py-2 dark:border-zinc-800">
      <form
        role="search"
        className="relative mx-auto max-w-[calc(48rem-2rem)]"
        onSubmit={(event) => {
          event.preventDefault();
          settle(input.current?.value ?? '');
        }}
      >
        <svg aria-hidden="true" viewBox="0 0 20 20" className="pointer-events-none absolute top-1/2 left-2.5 size-4 -translate-y-1/2 text-zinc-400">
          <circle cx="8.5" cy="8.5" r="5.5" fill="none" stroke="currentColor" strokeWidth="1.8" />
          <path d="m13 13 4 4" stroke="currentColor" strokeWidth="1.8" strokeLinecap="round" />
        </svg>
        <input
          ref={input}
          type="search"
          aria-label={t.search}
          aria-describedby={message ? 'search-notice' : undefined}
          placeholder={t.searchPlaceholder}
          defaultValue={value}
          enterKeyHint="search"
          autoComplete="off"
          spellCheck={false}
          onFocus={onStart}
          onCompositionStart={() => {
            composing.current = true;
            // Whatever was pending is not what the person is typing now.
            clearTimeout(timer.current);
          }}
          onCompositionEnd={(event) => {
            composing.current = false;
            // The input method committed a word: search it now, without the debounce.
            edited(event.currentTarget.value, true);
          }}
          onChange={(event) => {
            const native = event.nativeEvent as Partial<InputEvent>;
            if (composing.current || native.isComposing) return;
            edited(event.currentTarget.value, insertsWholeWord(native));
          }}
          onKeyDown={(event) => {
            if (event.key === 'Escape' && event.currentTarget.value) {
              event.currentTarget.value = '';
              edited('', true);
            }
          }}
          className="w-full rounded-md border border-zinc-300 bg-white py-1.5 pr-8 pl-8 text-sm placeholder:text-zinc-400 focus:border-sky-500 focus:outline-none focus:ring-2 focus:ring-sky-500/30 dark:border-zinc-700 dark:bg-zinc-900"
        />
        <kbd aria-hidden="true" className="pointer-events-none absolute top-1/2 right-2 hidden -translate-y-1/2 rounded border border-zinc-300 px-1.5 text-xs text-zinc-400 sm:block dark:border-zinc-700">
          /
        </kbd>
      </form>
      {message && (
        <p id="search-notice" role="status" className="mx-auto mt-1.5 max-w-[calc(48rem-2rem)] text-xs text-amber-700 dark:text-amber-400">
          {message}
        </p>
      )}
    </div>
  );
}
