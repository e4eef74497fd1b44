import { useEffect } from 'react';

/** Sets `document.title` while the calling view is shown. Call it from leaf views only. */
export function useDocumentTitle(title: string): void {
  useEffect(() => {
    document.title = title;
  }, [title]);
}

/** The tab title of a view: `<view> · <site>`, or whichever of the two is known. */
export function titleWithSite(view: string | null | undefined, site: string | undefined): string {
  if (view && site) return `${view} · ${site}`;
  return view || site || '';
}
