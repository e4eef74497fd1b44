import { useRef, type AnchorHTMLAttributes, type MouseEvent, type Ref } from 'react';
import { useRouter, type NavigateOptions } from '@tanstack/react-router';
import { stringifySearch } from './search-params.ts';

/**
 * The address of an app path (`/`, `/articles/<id>`) with a search, under the deployment's base
 * path: what the router puts in the address bar for the same navigation.
 */
export function appHref(path: string, search: object | string): string {
  return `${import.meta.env.BASE_URL}${path.replace(/^\//, '')}${typeof search === 'string' ? search : searchText(search)}`;
}

/** The search part of an address (`''` or `?category=…`), as the router writes it. */
export const searchText = (search: object): string => stringifySearch(search as Record<string, unknown>);

/** A plain click (no modifier key, main button): the link navigates in this tab. */
export const navigatesHere = (event: MouseEvent) =>
  !event.defaultPrevented && event.button === 0 && !event.metaKey && !event.altKey && !event.ctrlKey && !event.shiftKey;

/** How long the pointer rests on a link before its route preloads (TanStack's default). */
const PRELOAD_DELAY_MS = 50;

type AppLinkProps = Omit<AnchorHTMLAttributes<HTMLAnchorElement>, 'href'> & {
  /** The address (see appHref): what a new tab, a copied link or a crawler gets. */
  href: string;
  /** The same place for the router: a plain click navigates there, pointing or focusing preloads it. */
  to: NavigateOptions;
  ref?: Ref<HTMLAnchorElement>;
};

/**
 * A link for the places with many of them (the sidebar's items, the list's rows). TanStack's
 * `Link` recomputes its address and active state for every location change, each link on its
 * own, and a category switch would wait for all of the sidebar's and the list's links before
 * the new list could render. This one is given its address, so a navigation costs it nothing, and keeps
 * what mattered of `Link`: plain clicks navigate in the app, modified clicks are the browser's,
 * intent (pointer, focus, touch) preloads the route.
 */
export function AppLink({ href, to, onClick, onMouseEnter, onMouseLeave, onFocus, onBlur, onTouchStart, ...rest }: AppLinkProps) {
  const router = useRouter();
  const timer = useRef<number | undefined>(undefined);
  const preload = () => {
    void router.preloadRoute(to).catch(() => undefined);
  };
  const preloadSoon = () => {
    window.clearTimeout(timer.current);
    timer.current = window.setTimeout(preload, PRELOAD_DELAY_MS);
  };
  const cancel = () => window.clearTimeout(timer.current);
  return (
    <a
      {...rest}
      href={href}
      onClick={(event) => {
        onClick?.(event);
        if (!navigatesHere(event)) return;
        event.preventDefault();
        cancel();
        void router.navigate(to);
      }}
      // The caller's handler, then ours (TanStack's Link composes its handlers the same way).
      onMouseEnter={(event) => {
        onMouseEnter?.(event);
        preloadSoon();
      }}
      onMouseLeave={(event) => {
        onMouseLeave?.(event);
        cancel();
      }}
      // Focus waits as the pointer does: walking the list with j/k fetches where it rests.
      onFocus={(event) => {
        onFocus?.(event);
        preloadSoon();
      }}
      onBlur={(event) => {
        onBlur?.(event);
        cancel();
      }}
      onTouchStart={(event) => {
        onTouchStart?.(event);
        preload();
      }}
    />
  );
}
