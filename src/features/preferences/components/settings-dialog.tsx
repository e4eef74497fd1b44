import type { ReactNode } from 'react';
import { useI18n } from '../../../lib/i18n.ts';
import { ModalDialog } from '../../../lib/modal-dialog.tsx';
import { LINE_WIDTHS, TEXT_SIZES, THEMES, setPreference, usePreferences, type Preferences } from '../lib/preferences.ts';

/** Theme, text size and line width, applied at once and remembered; `children` adds sections. */
export function SettingsDialog({ onClose, children }: { onClose: () => void; children?: ReactNode }) {
  const { t } = useI18n();
  const preferences = usePreferences();
  const themeLabel = { system: t.themeSystem, light: t.themeLight, dark: t.themeDark };
  return (
    <ModalDialog title={t.settings} closeLabel={t.close} onClose={onClose}>
      <div className="flex flex-col gap-5">
        <Choice name="theme" legend={t.theme} options={THEMES} labels={themeLabel} value={preferences.theme} />
        <Choice name="textSize" legend={t.textSize} options={TEXT_SIZES} labels={t.textSizes} value={preferences.textSize} />
        <Choice name="lineWidth" legend={t.lineWidth} options={LINE_WIDTHS} labels={t.lineWidths} value={preferences.lineWidth} />
        {children}
      </div>
    </ModalDialog>
  );
}

interface ChoiceProps<K extends keyof Preferences> {
  name: K;
  legend: string;
  options: readonly Preferences[K][];
  labels: Record<Preferences[K], string>;
  value: Preferences[K];
}

/** A radio group drawn as a segmented control; arrow keys move within it, as radios do. */
function Choice<K extends keyof Preferences>({ name, legend, options, labels, value }: ChoiceProps<K>) {
  return (
    <fieldset>
      <legend className="mb-2 text-sm font-medium text-zinc-700 dark:text-zinc-300">{legend}</legend>
      <div className="flex flex-wrap gap-1 rounded-lg bg-zinc-100 p-1 dark:bg-zinc-800">
        {options.map((option) => (
          <label
            key={option}
            className="flex-1 cursor-pointer rounded-md px-3 py-1.5 text-center text-sm text-zinc-700 has-checked:bg-white has-checked:font-medium has-checked:text-zinc-900 has-checked:shadow-sm has-focus-visible:outline-2 has-focus-visible:outline-sky-500 dark:text-zinc-300 dark:has-checked:bg-zinc-950 dark:has-checked:text-zinc-50"
          >
            <input
              type="radio"
              name={name}
              value={option}
              checked={value === option}
              onChange={() => setPreference(name, option)}
              className="sr-only"
            />
            {labels[option]}
          </label>
        ))}
      </div>
    </fieldset>
  );
}
