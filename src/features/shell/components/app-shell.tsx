import { useEffect, useRef, useState, type ReactNode } from 'react';
import { Link } from '@tanstack/react-router';
import { CloseIcon } from '../../../lib/close-icon.tsx';
import { useI18n } from '../../../lib/i18n.ts';
import { LanguageSwitch } from './language-switch.tsx';
import { SkipLink } from './skip-link.tsx';

interface AppShellProps {
  siteTitle: string;
  onHelp: () => void;
  onSettings: () => void;
  /** Pointing at (or focusing) the help or settings button: a chance to fetch the dialogs' code. */
  onDialogIntent: () => void;
  /** The open dialog, if any. */
  dialog: ReactNode;
  /** The sidebar's content; `closeDrawer` is for a pick on a narrow screen (focus stays with what it opens). */
  sidebar: (closeDrawer: () => void) => ReactNode;
  /** The page. */
  children: ReactNode;
}

const MAIN_ID = 'main';

const headerButtonClass =
  'grid size-9 place-items-center rounded-md text-zinc-600 hover:bg-zinc-100 hover:text-zinc-900 dark:text-zinc-300 dark:hover:bg-zinc-800 dark:hover:text-zinc-50';

/**
 * The page's frame: a skip link, the header (the site's name, help, settings, language), the
 * sidebar (a column on wide screens, a drawer behind the menu button on narrow ones) and the
 * main area. The drawer closes with its own button, the backdrop or Escape (focus goes back to
 * the menu button), or after a pick.
 */
export function AppShell({ siteTitle, onHelp, onSettings, onDialogIntent, dialog, sidebar, children }: AppShellProps) {
  const { t } = useI18n();
  const [drawerOpen, setDrawerOpen] = useState(false);
  const menuButton = useRef<HTMLButtonElement>(null);
  const closeButton = useRef<HTMLButtonElement>(null);

  const closeDrawer = () => {
    setDrawerOpen(false);
    menuButton.current?.focus();
  };

  useEffect(() => {
    if (!drawerOpen) return;
    closeButton.current?.focus();
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key === 'Escape') {
        setDrawerOpen(false);
        menuButton.current?.focus();
      }
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [drawerOpen]);

  return (
    <div className="flex h-dvh flex-col">
      <SkipLink targetId={MAIN_ID} />
      <header className="flex h-12 shrink-0 items-center gap-1 border-b border-zinc-200 bg-white px-2 lg:px-4 dark:border-zinc-800 dark:bg-zinc-950">
        <button
          ref={menuButton}
          type="button"
          aria-label={t.openCategories}
          aria-expanded={drawerOpen}
          aria-controls="sidebar"
          onClick={() => setDrawerOpen(true)}
          className="grid size-9 place-items-center rounded-md text-zinc-600 hover:bg-zinc-100 lg:hidden dark:text-zinc-300 dark:hover:bg-zinc-800"
        >
          <svg aria-hidden="true" viewBox="0 0 20 20" className="size-5">
            <path d="M3 5.5h14M3 10h14M3 14.5h14" stroke="currentColor" strokeWidth="1.7" strokeLinecap="round" />
          </svg>
        </button>
        <Link to="/" className="truncate rounded-md px-1.5 py-1 text-base font-semibold tracking-tight">
          {siteTitle}
        </Link>
        <div className="ml-auto flex items-center gap-0.5">
          <button type="button" aria-label={t.keyboardShortcuts} title={`${t.keyboardShortcuts} (?)`} onClick={onHelp} onPointerEnter={onDialogIntent} onFocus={onDialogIntent} className={headerButtonClass}>
            <svg aria-hidden="true" viewBox="0 0 20 20" className="size-5">
              <rect x="2.5" y="5" width="15" height="10" rx="2" fill="none" stroke="currentColor" strokeWidth="1.5" />
              <path d="M5.5 8h1M9.5 8h1M13.5 8h1M6.5 12h7" stroke="currentColor" strokeWidth="1.5" strokeLinecap="round" />
            </svg>
          </button>
          <button type="button" aria-label={t.settings} title={t.settings} onClick={onSettings} onPointerEnter={onDialogIntent} onFocus={onDialogIntent} className={headerButtonClass}>
            <svg aria-hidden="true" viewBox="0 0 20 20" className="size-5">
              <path d="M4 6h12M4 14h12" stroke="currentColor" strokeWidth="1.5" strokeLinecap="round" />
              <circle cx="8" cy="6" r="2" fill="var(--color-white)" className="dark:fill-zinc-950" stroke="currentColor" strokeWidth="1.5" />
              <circle cx="12.5" cy="14" r="2" fill="var(--color-white)" className="dark:fill-zinc-950" stroke="currentColor" strokeWidth="1.5" />
            </svg>
          </button>
          <LanguageSwitch />
        </div>
        {dialog}
      </header>
      <div className="flex min-h-0 flex-1">
        {drawerOpen && <div aria-hidden="true" className="fixed inset-0 z-30 bg-zinc-950/40 lg:hidden" onClick={closeDrawer} />}
        <nav
          id="sidebar"
          aria-label={t.categoryNav}
          className={`${
            drawerOpen ? 'fixed inset-y-0 left-0 z-40 flex w-72 max-w-[85vw] shadow-xl' : 'hidden'
          } shrink-0 flex-col border-r border-zinc-200 bg-zinc-50 lg:static lg:z-auto lg:flex lg:w-64 lg:shadow-none dark:border-zinc-800 dark:bg-zinc-900`}
        >
          <div className="flex h-12 shrink-0 items-center justify-between border-b border-zinc-200 px-3 lg:hidden dark:border-zinc-800">
            <span className="font-semibold">{t.categoryTree}</span>
            <button
              ref={closeButton}
              type="button"
              aria-label={t.closeCategories}
              onClick={closeDrawer}
              className="grid size-9 place-items-center rounded-md text-zinc-600 hover:bg-zinc-200 dark:text-zinc-300 dark:hover:bg-zinc-800"
            >
              <CloseIcon />
            </button>
          </div>
          <div className="min-h-0 flex-1 overflow-y-auto">{sidebar(() => setDrawerOpen(false))}</div>
        </nav>
        <main id={MAIN_ID} tabIndex={-1} className="flex min-w-0 flex-1 outline-none">
          {children}
        </main>
      </div>
    </div>
  );
}
