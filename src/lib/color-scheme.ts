/**
 * Dark mode follows the system: the `dark` class on <html> drives Tailwind's `dark:` variant.
 * index.html sets it before first paint; this keeps it in step when the system setting changes.
 */
export function followSystemColorScheme(): void {
  const query = window.matchMedia('(prefers-color-scheme: dark)');
  const apply = () => document.documentElement.classList.toggle('dark', query.matches);
  apply();
  query.addEventListener('change', apply);
}
