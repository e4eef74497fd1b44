/**
 * One store per archive, kept in localStorage under a key made of the base path and the site
 * title (one origin may serve several archives). React reads it with useSyncExternalStore;
 * other tabs' changes arrive through the `storage` event.
 */
import { useSyncExternalStore } from 'react';
import { EMPTY_LIBRARY, type LibraryState } from './library-state.ts';
import { parseStoredLibrary, type ArchiveIdentity } from './library-check.ts';

interface LibraryStore {
  get: () => LibraryState;
  update: (change: (state: LibraryState) => LibraryState) => void;
  subscribe: (listener: () => void) => () => void;
  /** Whether the last write failed (storage full or disabled): changes then last for this tab only. */
  writeFailed: () => boolean;
}

export const storageKeyOf = (archive: ArchiveIdentity) => `reader:library:${archive.basePath}:${archive.title}`;

export function createLibraryStore(storage: Storage | null, key: string): LibraryStore {
  const listeners = new Set<() => void>();
  let failed = false;
  const load = () => {
    try {
      const text = storage?.getItem(key);
      return (text && parseStoredLibrary(text)) || EMPTY_LIBRARY;
    } catch {
      return EMPTY_LIBRARY;
    }
  };
  let state = load();
  const notify = () => listeners.forEach((listener) => listener());
  const onStorage = (event: StorageEvent) => {
    if (event.key !== key && event.key !== null) return;
    state = load();
    notify();
  };
  return {
    get: () => state,
    update(change) {
      const next = change(state);
      if (next === state) return;
      state = next;
      try {
        storage?.setItem(key, JSON.stringify(state));
        failed = false;
      } catch {
        failed = true;
      }
      notify();
    },
    subscribe(listener) {
      if (listeners.size === 0 && typeof window !== 'undefined') window.addEventListener('storage', onStorage);
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
        if (listeners.size === 0 && typeof window !== 'undefined') window.removeEventListener('storage', onStorage);
      };
    },
    writeFailed: () => failed,
  };
}

const stores = new Map<string, LibraryStore>();

function browserStorage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

/** The store of an archive, created once per page. */
export function libraryStoreOf(archive: ArchiveIdentity): LibraryStore {
  const key = storageKeyOf(archive);
  let store = stores.get(key);
  if (!store) stores.set(key, (store = createLibraryStore(browserStorage(), key)));
  return store;
}

export function useLibraryState(store: LibraryStore): LibraryState {
  return useSyncExternalStore(store.subscribe, store.get, store.get);
}
