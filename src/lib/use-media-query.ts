import { useSyncExternalStore } from 'react';

interface MediaStore {
  subscribe: (onChange: () => void) => () => void;
  matches: () => boolean;
}

const stores = new Map<string, MediaStore>();

/**
 * One MediaQueryList per query for the page's life; its answer is kept from its `change` event,
 * so a render reads a variable: `matchMedia(query).matches` builds a new list, which forces a
 * style update in the middle of a navigation's render.
 */
function storeOf(query: string): MediaStore {
  let store = stores.get(query);
  if (!store) {
    const list = window.matchMedia(query);
    let matches = list.matches;
    list.addEventListener('change', (event) => {
      matches = event.matches;
    });
    store = {
      subscribe: (onChange) => {
        list.addEventListener('change', onChange);
        return () => list.removeEventListener('change', onChange);
      },
      matches: () => matches,
    };
    stores.set(query, store);
  }
  return store;
}

export function useMediaQuery(query: string): boolean {
  const store = storeOf(query);
  return useSyncExternalStore(store.subscribe, store.matches, () => false);
}

/** Wide enough for the list and the reader side by side (Tailwind `md`). */
export const SPLIT_VIEW_QUERY = '(min-width: 768px)';
