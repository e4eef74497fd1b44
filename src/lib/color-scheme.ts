/**
 * The `dark` class on <html> drives Tailwind's `dark:` variant. The reader picks light, dark
 * or the system's scheme (reading preferences); public/before-first-paint.js sets the class
 * before the first paint, this keeps it right afterwards, also when the system setting changes.
 */
let stopFollowing: (() => void) | null = null;

export function applyColorScheme(mode: 'system' | 'light' | 'dark'): void {
  stopFollowing?.();
  stopFollowing = null;
  const root = document.documentElement;
  if (mode !== 'system') {
    root.classList.toggle('dark', mode === 'dark');
    root.style.colorScheme = mode;
    return;
  }
  const query = window.matchMedia('(prefers-color-scheme: dark)');
  const follow = () => root.classList.toggle('dark', query.matches);
  follow();
  root.style.colorScheme = '';
  query.addEventListener('change', follow);
  stopFollowing = () => query.removeEventListener('change', follow);
}
