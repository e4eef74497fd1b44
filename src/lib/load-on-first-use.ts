import { whenIdle } from './when-idle.ts';

/** What shows a person is using the page (not just that it loaded). */
const FIRST_USE_EVENTS = ['pointermove', 'pointerdown', 'touchstart', 'keydown', 'wheel', 'click'] as const;
/** How long after that first sign the load waits before asking for an idle moment. */
const SETTLE_MS = 500;

/**
 * Runs `load` once, when the browser is idle half a second after the first sign that someone is
 * using the page: a pointer move, a touch, a key, a wheel turn, a click. For code the first screen
 * does not need but the next step will (the reading view): it stays out of the first screen's
 * downloads, and is there before the first article is opened. Later and idle, so it never competes with
 * what that first action paints (a click in the sidebar, whose new list would otherwise wait
 * for this code to compile). Returns a function that cancels it.
 */
export function loadOnFirstUse(load: () => void, target: EventTarget = globalThis): () => void {
  let cancelIdle: (() => void) | undefined;
  let wait: ReturnType<typeof setTimeout> | undefined;
  const start = () => {
    stop();
    // Not during what that first action starts (a click's new list renders right after it).
    wait = setTimeout(() => {
      cancelIdle = whenIdle(load, 2000);
    }, SETTLE_MS);
  };
  const stop = () => {
    for (const type of FIRST_USE_EVENTS) target.removeEventListener(type, start, { capture: true });
  };
  for (const type of FIRST_USE_EVENTS) target.addEventListener(type, start, { capture: true, passive: true, once: true });
  return () => {
    stop();
    clearTimeout(wait);
    cancelIdle?.();
  };
}
