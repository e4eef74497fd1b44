/**
 * Everything a hostile page could do that a person would not see, recorded per page:
 * dialogs, uncaught errors, writes to the `window.__xss` canary, Content-Security-Policy
 * violations, requests for the attacker's host, popups and full reloads of the app. Every
 * request that would leave this machine is aborted (there is no internet here, and a test
 * must never reach out); only those for the attacker's host count as a breach, since remote
 * images and media are what news articles legitimately load.
 */
import type { Page } from '@playwright/test';

export interface SecurityEvents {
  dialogs: string[];
  errors: string[];
  /** Requests for the attacker's host (aborted), as URLs. */
  attacker: string[];
  popups: string[];
  /** From the page: canary writes, CSP violations, app boots (1 = never reloaded). */
  canary: string[];
  csp: string[];
  boots: number;
}

interface PageLog {
  canary: string[];
  csp: string[];
  boots: number;
}

declare global {
  interface Window {
    __securityLog?: PageLog;
  }
}

const isLocal = (url: string) => {
  try {
    const { hostname, protocol } = new URL(url);
    return !/^https?:$/.test(protocol) || hostname === '127.0.0.1' || hostname === 'localhost';
  } catch {
    return true;
  }
};

export interface SecurityWatch {
  /** Everything seen so far (the page's own log is read on each call). */
  read(): Promise<SecurityEvents>;
}

/** Starts watching `page`; call before the first `goto`. */
export async function watchSecurity(page: Page, attackerHost: string): Promise<SecurityWatch> {
  const seen = { dialogs: [] as string[], errors: [] as string[], attacker: [] as string[], popups: [] as string[] };
  page.on('dialog', (dialog) => {
    seen.dialogs.push(`${dialog.type()}: ${dialog.message()}`);
    void dialog.dismiss().catch(() => {});
  });
  page.on('pageerror', (error) => seen.errors.push(error.message));
  page.on('popup', (popup) => seen.popups.push(popup.url()));
  page.on('request', (request) => {
    if (request.url().includes(attackerHost)) seen.attacker.push(request.url());
  });
  await page.context().route((url) => !isLocal(url.href), (route) => route.abort('blockedbyclient'));
  // Survives across in-app navigation; a full reload starts a new log (boots counts them in
  // sessionStorage, which a reload keeps).
  await page.addInitScript(() => {
    const log: PageLog = { canary: [], csp: [], boots: 0 };
    try {
      log.boots = Number(sessionStorage.getItem('__boots') ?? '0') + 1;
      sessionStorage.setItem('__boots', String(log.boots));
    } catch {
      log.boots = 1;
    }
    Object.defineProperty(window, '__securityLog', { value: log, enumerable: false });
    Object.defineProperty(window, '__xss', {
      get: () => undefined,
      set: (value: unknown) => log.canary.push(String(value)),
      configurable: false,
    });
    document.addEventListener('securitypolicyviolation', (event) => {
      log.csp.push(`${event.effectiveDirective} blocked ${event.blockedURI || '(inline)'}${event.sample ? ` "${event.sample}"` : ''}`);
    });
  });
  return {
    async read() {
      const log = await page.evaluate(() => {
        const l = window.__securityLog;
        return l ? { canary: [...l.canary], csp: [...l.csp], boots: l.boots } : { canary: [], csp: [], boots: 0 };
      });
      return { dialogs: [...seen.dialogs], errors: [...seen.errors], attacker: [...seen.attacker], popups: [...seen.popups], ...log };
    },
  };
}

/** What happened between two readings, as readable lines (empty when nothing did). */
export function newEvents(before: SecurityEvents, after: SecurityEvents): string[] {
  const lines: string[] = [];
  for (const key of ['dialogs', 'errors', 'attacker', 'popups', 'canary', 'csp'] as const) {
    for (const item of after[key].slice(before[key].length)) lines.push(`${key}: ${item}`);
  }
  if (after.boots !== before.boots) lines.push(`reload: the app started again (boot ${after.boots})`);
  return lines;
}
