import { setLang, useI18n } from '../../../lib/i18n.ts';

/** Toggles the UI between Chinese and English; the choice is remembered. */
export function LanguageSwitch() {
  const { lang, t } = useI18n();
  return (
    <button
      type="button"
      lang={lang === 'zh' ? 'en' : 'zh-CN'}
      title={t.switchLanguageLabel}
      onClick={() => setLang(lang === 'zh' ? 'en' : 'zh')}
      className="rounded-md px-2.5 py-1.5 text-sm font-medium text-zinc-600 hover:bg-zinc-100 hover:text-zinc-900 dark:text-zinc-300 dark:hover:bg-zinc-800 dark:hover:text-zinc-50"
    >
      {t.switchLanguage}
    </button>
  );
}
