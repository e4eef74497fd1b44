/**
 * Runs `run` at the browser's next idle moment (at the latest after `timeoutMs`), or on the next
 * task where there is no `requestIdleCallback` (Safari, Node). Returns a function that cancels it.
 */
export function whenIdle(run: () => void, timeoutMs: number): () => void {
  if (typeof requestIdleCallback === 'function') {
    const id = requestIdleCallback(run, { timeout: timeoutMs });
    return () => cancelIdleCallback(id);
  }
  const timer = setTimeout(run, 0);
  return () => clearTimeout(timer);
}
