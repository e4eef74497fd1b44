import { useEffect } from 'react';

/** Sets `document.title` while the calling view is shown. Call it from leaf views only. */
export function useDocumentTitle(title: string): void {
  useEffect(() => {
    document.title = title;
  }, [title]);
}
