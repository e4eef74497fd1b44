import { afterEach, describe, expect, it, vi } from 'vitest';
import { loadOnFirstUse } from './load-on-first-use.ts';

describe('loadOnFirstUse', () => {
  afterEach(() => vi.useRealTimers());

  it('loads nothing while the page is only open, once after the first sign of use', () => {
    vi.useFakeTimers();
    const target = new EventTarget();
    const load = vi.fn();
    loadOnFirstUse(load, target);
    vi.advanceTimersByTime(10_000);
    expect(load).not.toHaveBeenCalled();
    target.dispatchEvent(new Event('pointermove'));
    // Not while what that first action started is still painting.
    vi.advanceTimersByTime(400);
    expect(load).not.toHaveBeenCalled();
    vi.advanceTimersByTime(600);
    expect(load).toHaveBeenCalledTimes(1);
    for (const type of ['pointermove', 'keydown', 'click', 'wheel']) target.dispatchEvent(new Event(type));
    vi.advanceTimersByTime(10_000);
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('counts a key, a touch or a click as use; cancelling stops it, even after the first use', () => {
    vi.useFakeTimers();
    for (const type of ['keydown', 'touchstart', 'click']) {
      const target = new EventTarget();
      const load = vi.fn();
      loadOnFirstUse(load, target);
      target.dispatchEvent(new Event(type));
      vi.advanceTimersByTime(1_000);
      expect(load, type).toHaveBeenCalledTimes(1);
    }
    const target = new EventTarget();
    const load = vi.fn();
    const cancel = loadOnFirstUse(load, target);
    target.dispatchEvent(new Event('pointerdown'));
    cancel();
    vi.advanceTimersByTime(10_000);
    expect(load).not.toHaveBeenCalled();
  });
});
