import { describe, expect, it } from 'vitest';
import { SEQUENCE_MS, createShortcutReader } from './shortcuts.ts';

const press = (key: string, time = 0, mods: Partial<{ ctrlKey: boolean; metaKey: boolean; altKey: boolean }> = {}) => ({
  key, time, ctrlKey: false, metaKey: false, altKey: false, ...mods,
});

describe('createShortcutReader', () => {
  it('reads single keys and g sequences', () => {
    const read = createShortcutReader();
    expect(['j', 'k', 'o', 'Enter', 'u', 's', 'm', '/', '[', ']', '?'].map((key) => read(press(key)))).toEqual([
      'next', 'previous', 'open', 'open', 'back', 'star', 'read', 'search', 'previousCategory', 'nextCategory', 'help',
    ]);
    expect(read(press('g', 0))).toBeNull();
    expect(read(press('a', 100))).toBe('goAll');
    expect(read(press('g', 200))).toBeNull();
    expect(read(press('s', 300))).toBe('goStarred');
  });

  it('reads the loop keys by their event names: Space pages on, Escape and u go back, v opens the original', () => {
    const read = createShortcutReader();
    expect([' ', 'Escape', 'u', 'v'].map((key) => read(press(key)))).toEqual(['readOn', 'back', 'back', 'original']);
  });

  it('lets a pending g expire, and ignores keys with modifiers', () => {
    const read = createShortcutReader();
    read(press('g', 0));
    expect(read(press('s', SEQUENCE_MS + 1))).toBe('star');
    expect(read(press('j', 0, { ctrlKey: true }))).toBeNull();
    expect(read(press('x'))).toBeNull();
  });
});
