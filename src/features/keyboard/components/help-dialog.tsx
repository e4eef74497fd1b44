import { Fragment } from 'react';
import { useI18n } from '../../../lib/i18n.ts';
import { ModalDialog } from '../../../lib/modal-dialog.tsx';
import { SHORTCUTS } from '../lib/shortcuts.ts';

/** The `?` overlay: every key and what it does. */
export function HelpDialog({ onClose }: { onClose: () => void }) {
  const { t } = useI18n();
  return (
    <ModalDialog title={t.keyboardShortcuts} closeLabel={t.close} onClose={onClose}>
      <table className="w-full text-sm">
        <thead className="sr-only">
          <tr>
            <th scope="col">{t.keyColumn}</th>
            <th scope="col">{t.actionColumn}</th>
          </tr>
        </thead>
        <tbody>
          {SHORTCUTS.map(({ keys, action }) => (
            <tr key={action} className="border-b border-zinc-100 last:border-0 dark:border-zinc-800">
              <th scope="row" className="w-36 py-2 pr-4 text-left font-normal whitespace-nowrap">
                {keys.map((key, i) => (
                  <Fragment key={key}>
                    {i > 0 && <span className="mx-1 text-zinc-500 dark:text-zinc-400">/</span>}
                    {key.split(' ').map((part, j) => (
                      <Fragment key={j}>
                        {j > 0 && <span className="mx-1 text-zinc-600 dark:text-zinc-400">{t.keyThen}</span>}
                        <kbd className="inline-block min-w-6 rounded border border-zinc-300 bg-zinc-50 px-1.5 py-0.5 text-center font-mono text-xs text-zinc-800 shadow-[0_1px_0_var(--color-zinc-300)] dark:border-zinc-600 dark:bg-zinc-800 dark:text-zinc-100 dark:shadow-[0_1px_0_var(--color-zinc-600)]">
                          {part}
                        </kbd>
                      </Fragment>
                    ))}
                  </Fragment>
                ))}
              </th>
              <td className="py-2 text-zinc-700 dark:text-zinc-300">{t.keys[action]}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="mt-3 text-sm text-zinc-600 dark:text-zinc-400">{t.keysWhileTyping}</p>
      <h3 className="mt-4 text-sm font-semibold">{t.searchSyntaxTitle}</h3>
      <dl className="mt-1 grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
        {t.searchSyntax.map(([example, meaning]) => (
          <Fragment key={example}>
            <dt>
              <code className="font-mono text-xs text-zinc-800 dark:text-zinc-100">{example}</code>
            </dt>
            <dd className="text-zinc-700 dark:text-zinc-300">{meaning}</dd>
          </Fragment>
        ))}
      </dl>
      <p className="mt-2 text-sm text-zinc-600 dark:text-zinc-400">{t.searchSyntaxScripts}</p>
    </ModalDialog>
  );
}
