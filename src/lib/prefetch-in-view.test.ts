import { describe, expect, it, vi } from 'vitest';
import { createViewPrefetcher, type ViewPrefetchEnv } from './prefetch-in-view.ts';

/** An IntersectionObserver the test drives: `show`/`hide` report elements entering and leaving view. */
function fakeBrowser(saveData = false) {
  const observers: FakeObserver[] = [];
  let idle: (() => void) | null = null;
  class FakeObserver {
    watched = new Set<Element>();
    constructor(readonly callback: IntersectionObserverCallback) {
      observers.push(this);
    }
    observe(element: Element) { this.watched.add(element); }
    unobserve(element: Element) { this.watched.delete(element); }
    disconnect() { this.watched.clear(); }
  }
  const report = (elements: Element[], isIntersecting: boolean) => {
    for (const observer of observers) {
      const entries = elements.filter((e) => observer.watched.has(e)).map((target) => ({ target, isIntersecting }) as IntersectionObserverEntry);
      if (entries.length) observer.callback(entries, observer as unknown as IntersectionObserver);
    }
  };
  const env: ViewPrefetchEnv = {
    IntersectionObserver: FakeObserver as unknown as typeof IntersectionObserver,
    saveData,
    whenLoadedAndIdle: (run) => {
      idle = run;
      return () => { idle = null; };
    },
  };
  return {
    env,
    show: (...elements: Element[]) => report(elements, true),
    hide: (...elements: Element[]) => report(elements, false),
    /** The browser reaches an idle moment after load: what was scheduled runs. */
    idle: () => {
      const run = idle;
      idle = null;
      run?.();
    },
  };
}

const element = () => ({}) as Element;

/** A prefetch whose downloads the test finishes: `finish()` settles the oldest one. */
function downloads() {
  const open: (() => void)[] = [];
  const fetched: string[] = [];
  const prefetch = vi.fn((target: string): Promise<unknown> | false => {
    fetched.push(target);
    return new Promise<void>((resolve) => open.push(resolve));
  });
  return { prefetch, fetched, finish: async () => { open.shift()?.(); await Promise.resolve(); await Promise.resolve(); } };
}

describe('createViewPrefetcher', () => {
  it('prefetches what is in view at idle moments, not before, one download at a time, each target once', async () => {
    const browser = fakeBrowser();
    const { prefetch, fetched, finish } = downloads();
    const prefetcher = createViewPrefetcher(prefetch, (t: string) => t, browser.env);
    const [a, b, c] = [element(), element(), element()];
    prefetcher.observe(a, 'a');
    prefetcher.observe(b, 'b');
    prefetcher.observe(c, 'c');
    browser.show(a, b);
    expect(fetched).toEqual([]);
    browser.idle();
    expect(fetched).toEqual(['a']);
    // b waits for a's download, then for an idle moment.
    browser.idle();
    expect(fetched).toEqual(['a']);
    await finish();
    expect(fetched).toEqual(['a']);
    browser.idle();
    expect(fetched).toEqual(['a', 'b']);
    await finish();
    // Scrolled away and back: already fetched. A new one in view comes at the next idle moment.
    browser.hide(a);
    browser.show(a, c);
    browser.idle();
    expect(fetched).toEqual(['a', 'b', 'c']);
    await finish();
    browser.idle();
    expect(fetched).toEqual(['a', 'b', 'c']);
  });

  it('goes on after a failed download', async () => {
    const browser = fakeBrowser();
    const prefetch = vi.fn((): Promise<unknown> | false => Promise.reject(new Error('offline')));
    const prefetcher = createViewPrefetcher(prefetch, (t: string) => t, browser.env);
    const [a, b] = [element(), element()];
    prefetcher.observe(a, 'a');
    prefetcher.observe(b, 'b');
    browser.show(a, b);
    browser.idle();
    await Promise.resolve();
    await Promise.resolve();
    browser.idle();
    expect(prefetch.mock.calls).toEqual([['a'], ['b']]);
  });

  it('skips what left the view, or stopped being watched, before the idle moment', () => {
    const browser = fakeBrowser();
    const { prefetch } = downloads();
    const prefetcher = createViewPrefetcher(prefetch, (t: string) => t, browser.env);
    const [a, b] = [element(), element()];
    prefetcher.observe(a, 'a');
    const stop = prefetcher.observe(b, 'b');
    browser.show(a, b);
    browser.hide(a);
    stop();
    browser.idle();
    expect(prefetch).not.toHaveBeenCalled();
  });

  it('keys targets: two elements leading to the same place fetch it once', async () => {
    const browser = fakeBrowser();
    const prefetch = vi.fn((_: { key: string }): Promise<unknown> | false => Promise.resolve());
    const prefetcher = createViewPrefetcher(prefetch, (t) => t.key, browser.env);
    const [a, b] = [element(), element()];
    prefetcher.observe(a, { key: 'x' });
    prefetcher.observe(b, { key: 'x' });
    browser.show(a, b);
    browser.idle();
    await Promise.resolve();
    await Promise.resolve();
    browser.idle();
    expect(prefetch).toHaveBeenCalledTimes(1);
  });

  it('tries again later when the prefetch fetched nothing', () => {
    const browser = fakeBrowser();
    let ready = false;
    const prefetch = vi.fn((): Promise<unknown> | false => (ready ? new Promise(() => undefined) : false));
    const prefetcher = createViewPrefetcher(prefetch, (t: string) => t, browser.env);
    const a = element();
    prefetcher.observe(a, 'a');
    browser.show(a);
    browser.idle();
    ready = true;
    browser.show(a);
    browser.idle();
    expect(prefetch.mock.calls).toEqual([['a'], ['a']]);
  });

  it('does nothing when the reader asked to save data, or after dispose', () => {
    const saving = fakeBrowser(true);
    const { prefetch } = downloads();
    const a = element();
    createViewPrefetcher(prefetch, (t: string) => t, saving.env).observe(a, 'a');
    saving.show(a);
    saving.idle();

    const browser = fakeBrowser();
    const prefetcher = createViewPrefetcher(prefetch, (t: string) => t, browser.env);
    prefetcher.observe(a, 'a');
    browser.show(a);
    prefetcher.dispose();
    browser.idle();
    expect(prefetch).not.toHaveBeenCalled();
  });
});
