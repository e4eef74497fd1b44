/**
 * Moving through the article list from the keyboard. The list is virtualised, so this works on
 * the rows in the DOM: the rows around the focused or open one are always rendered.
 * Contract with the list: the list element has `data-article-list`, each row's link
 * `data-article-id`, the open article's row `aria-current="true"`.
 */

const ROW_SELECTOR = '[data-article-list] a[data-article-id]';

function rows(): HTMLAnchorElement[] {
  return [...document.querySelectorAll<HTMLAnchorElement>(ROW_SELECTOR)].filter((row) => row.getClientRects().length > 0);
}

/** The row that has focus, if any. */
export function focusedRow(): HTMLAnchorElement | null {
  const active = document.activeElement;
  return active instanceof HTMLAnchorElement && active.matches(ROW_SELECTOR) ? active : null;
}

/** The open article's row, if it is rendered. */
function currentRow(): HTMLAnchorElement | null {
  return rows().find((row) => row.getAttribute('aria-current') === 'true') ?? null;
}

/** The first row whose top is inside the list's scroll area. */
function firstRowInView(all: HTMLAnchorElement[]): HTMLAnchorElement | null {
  const scroller = all[0]?.closest('[data-article-list]')?.parentElement;
  const top = scroller?.getBoundingClientRect().top ?? 0;
  return all.find((row) => row.getBoundingClientRect().top >= top - 1) ?? all[0] ?? null;
}

/** The row `delta` rows from `from` (the focused row, else the open one, else the first in view). */
export function rowNear(delta: number, from: HTMLAnchorElement | null = focusedRow() ?? currentRow()): HTMLAnchorElement | null {
  const all = rows();
  if (!from) return firstRowInView(all);
  const at = all.indexOf(from);
  return at < 0 ? firstRowInView(all) : all[at + delta] ?? null;
}

export function focusRow(row: HTMLElement): void {
  row.focus({ preventScroll: true });
  row.scrollIntoView({ block: 'nearest' });
}

/** Focuses the row of article `id` once the list renders it (after a navigation back to it). */
export function focusRowWhenShown(id: string, fallback: () => void, frames = 60): void {
  const row = document.querySelector<HTMLElement>(`[data-article-list] a[data-article-id="${CSS.escape(id)}"]`);
  if (row) focusRow(row);
  else if (frames <= 0) fallback();
  else requestAnimationFrame(() => focusRowWhenShown(id, fallback, frames - 1));
}
