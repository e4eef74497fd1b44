import { useRef, useState } from 'react';
import { useI18n, type Messages } from '../../../lib/i18n.ts';
import { libraryFile, libraryFileName, readLibraryFile, type ImportProblem } from '../lib/library-file.ts';
import { mergeLibraries } from '../lib/library-merge.ts';
import type { Library } from '../hooks/use-library.ts';

const buttonClass =
  'rounded-md border border-zinc-300 px-3 py-1.5 text-sm font-medium text-zinc-800 hover:bg-zinc-100 dark:border-zinc-600 dark:text-zinc-100 dark:hover:bg-zinc-800';

/** Export the library as a JSON file; import one (merged in, or refused whole with the reason). */
export function LibraryTransfer({ library }: { library: Library }) {
  const { t } = useI18n();
  const input = useRef<HTMLInputElement>(null);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const { state, archive, store, within } = library;

  const exportFile = () => {
    const now = new Date();
    const blob = new Blob([JSON.stringify(libraryFile(state, archive, now), null, 1)], { type: 'application/json' });
    const url = URL.createObjectURL(blob);
    const link = document.createElement('a');
    link.href = url;
    link.download = libraryFileName(archive.title, now);
    link.click();
    setTimeout(() => URL.revokeObjectURL(url), 0);
  };

  const importFile = async (file: File) => {
    const result = readLibraryFile(await file.text(), archive);
    if (!result.ok) {
      setMessage({ ok: false, text: t.importFailed(file.name, problemText(t, result.problem)) });
      return;
    }
    store.update((current) => mergeLibraries(current, result.library, within));
    setMessage(store.writeFailed() ? { ok: false, text: t.storageFailed } : { ok: true, text: t.imported(file.name) });
  };

  return (
    <section aria-labelledby="reading-data-title" className="border-t border-zinc-200 pt-4 dark:border-zinc-700">
      <h3 id="reading-data-title" className="mb-1 text-sm font-medium text-zinc-700 dark:text-zinc-300">
        {t.readingData}
      </h3>
      <p className="mb-1 text-sm text-zinc-600 dark:text-zinc-400">{t.readingDataHint}</p>
      <p className="mb-3 text-sm text-zinc-600 dark:text-zinc-400">
        {t.readingDataStats(Object.keys(state.read).length, Object.keys(state.starred).length)}
      </p>
      <div className="flex flex-wrap gap-2">
        <button type="button" className={buttonClass} onClick={exportFile}>
          {t.exportData}
        </button>
        <button type="button" className={buttonClass} onClick={() => input.current?.click()}>
          {t.importData}
        </button>
        <input
          ref={input}
          type="file"
          accept="application/json,.json"
          hidden
          onChange={(event) => {
            const file = event.currentTarget.files?.[0];
            event.currentTarget.value = '';
            if (file) void importFile(file);
          }}
        />
      </div>
      <p
        role={message && !message.ok ? 'alert' : 'status'}
        className={`mt-3 text-sm ${message?.ok === false ? 'text-red-700 dark:text-red-300' : 'text-emerald-700 dark:text-emerald-300'}`}
      >
        {message?.text}
      </p>
    </section>
  );
}

function problemText(t: Messages, problem: ImportProblem): string {
  switch (problem.kind) {
    case 'not-json': return t.importNotJson;
    case 'not-library': return t.importNotLibrary;
    case 'newer-version': return t.importNewer(problem.version);
    case 'other-archive': return t.importOtherArchive(problem.title);
    case 'malformed': return t.importMalformed(problem.where);
  }
}
