/** What shows a person is using the page (not just that it loaded). */
const FIRST_USE_EVENTS = ['pointermove', 'pointerdown', 'touchstart', 'keydown', 'wheel', 'click'] as const;

/**
 * Runs `load` once, when the browser is next idle after the first sign that someone is using
 * the page: a pointer move, a touch, a key, a wheel turn, a click. For code the first screen
 * does not need but the next step will (the reading view): it stays out of the first screen's
 * downloads, and is there before the first article is opened. Idle, so it never competes with
 * what that first action paints. Returns a function that cancels it.
 */
export function loadOnFirstUse(load: () => void, target: EventTarget = globalThis): () => void {
  let idle: number | undefined;
  const start = () => {
    stop();
    idle = typeof requestIdleCallback === 'function' ? requestIdleCallback(load, { timeout: 2000 }) : Number(setTimeout(load, 200));
  };
  const stop = () => {
    for (const type of FIRST_USE_EVENTS) target.removeEventListener(type, start, { capture: true });
  };
  for (const type of FIRST_USE_EVENTS) target.addEventListener(type, start, { capture: true, passive: true, once: true });
  return () => {
    stop();
    if (idle !== undefined) (typeof cancelIdleCallback === 'function' ? cancelIdleCallback : clearTimeout)(idle);
  };
}
