import { describe, expect, it } from 'vitest';
import { EMPTY_LIBRARY, markRead } from './library-state.ts';
import { createLibraryStore, storageKeyOf } from './library-store.ts';

class MemoryStorage implements Storage {
  private items = new Map<string, string>();
  full = false;
  get length() { return this.items.size; }
  clear() { this.items.clear(); }
  getItem(key: string) { return this.items.get(key) ?? null; }
  key(index: number) { return [...this.items.keys()][index] ?? null; }
  removeItem(key: string) { this.items.delete(key); }
  setItem(key: string, value: string) {
    if (this.full) throw new DOMException('full', 'QuotaExceededError');
    this.items.set(key, value);
  }
}

const x = { id: 'x', category: 'k', day: '2024-03-05' };

describe('library store', () => {
  it('keeps each archive under its own key: base path and title', () => {
    expect(storageKeyOf({ basePath: '/news/', title: '新闻存档' })).toBe('reader:library:/news/:新闻存档');
    expect(storageKeyOf({ basePath: '/', title: '新闻存档' })).not.toBe(storageKeyOf({ basePath: '/news/', title: '新闻存档' }));
  });

  it('writes every change and reads it back in a new page', () => {
    const storage = new MemoryStorage();
    const store = createLibraryStore(storage, 'k1');
    let calls = 0;
    store.subscribe(() => calls++);
    store.update((s) => markRead(s, x));
    expect(calls).toBe(1);
    expect(createLibraryStore(storage, 'k1').get().read).toEqual({ x: { c: 'k', d: '2024-03-05' } });
    expect(createLibraryStore(storage, 'k2').get()).toEqual(EMPTY_LIBRARY);
  });

  it('starts empty from stored junk, and says when a write fails', () => {
    const storage = new MemoryStorage();
    storage.setItem('k1', '{"read": 5}');
    const store = createLibraryStore(storage, 'k1');
    expect(store.get()).toEqual(EMPTY_LIBRARY);
    storage.full = true;
    store.update((s) => markRead(s, x));
    expect(store.writeFailed()).toBe(true);
    expect(store.get().read).toHaveProperty('x');
  });
});
