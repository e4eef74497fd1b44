/**
 * Reading preferences: colour theme, text size and line width, remembered in localStorage
 * (`reader:prefs`) and applied to <html> (the `dark` class, `data-text-size`, `data-line-width`).
 * public/before-first-paint.js applies the same stored values before the first frame.
 */
import { useSyncExternalStore } from 'react';
import { applyColorScheme } from '../../../lib/color-scheme.ts';

export const THEMES = ['system', 'light', 'dark'] as const;
export const TEXT_SIZES = ['small', 'medium', 'large', 'xlarge'] as const;
export const LINE_WIDTHS = ['narrow', 'medium', 'wide'] as const;

export interface Preferences {
  theme: (typeof THEMES)[number];
  textSize: (typeof TEXT_SIZES)[number];
  lineWidth: (typeof LINE_WIDTHS)[number];
}

export const DEFAULT_PREFERENCES: Preferences = { theme: 'system', textSize: 'medium', lineWidth: 'medium' };
const PREFERENCES_KEY = 'reader:prefs';

const pick = <T extends string>(allowed: readonly T[], value: unknown, fallback: T): T =>
  allowed.includes(value as T) ? (value as T) : fallback;

/** Stored text → preferences; anything unknown falls back to the default, field by field. */
export function parsePreferences(text: string | null): Preferences {
  let raw: Record<string, unknown> = {};
  try {
    const parsed: unknown = text ? JSON.parse(text) : {};
    if (parsed && typeof parsed === 'object') raw = parsed as Record<string, unknown>;
  } catch {
    // A hand-edited or foreign value: the defaults.
  }
  return {
    theme: pick(THEMES, raw.theme, DEFAULT_PREFERENCES.theme),
    textSize: pick(TEXT_SIZES, raw.textSize, DEFAULT_PREFERENCES.textSize),
    lineWidth: pick(LINE_WIDTHS, raw.lineWidth, DEFAULT_PREFERENCES.lineWidth),
  };
}

const listeners = new Set<() => void>();

function readStored(): Preferences {
  try {
    return parsePreferences(localStorage.getItem(PREFERENCES_KEY));
  } catch {
    return DEFAULT_PREFERENCES;
  }
}

let current: Preferences = typeof window === 'undefined' ? DEFAULT_PREFERENCES : readStored();

function apply(preferences: Preferences) {
  const root = document.documentElement;
  applyColorScheme(preferences.theme);
  root.dataset.textSize = preferences.textSize;
  root.dataset.lineWidth = preferences.lineWidth;
}

/** Applies the stored preferences and keeps them in step with other tabs. */
export function startPreferences(): void {
  apply(current);
  window.addEventListener('storage', (event) => {
    if (event.key !== PREFERENCES_KEY && event.key !== null) return;
    current = readStored();
    apply(current);
    listeners.forEach((listener) => listener());
  });
}

export function setPreference<K extends keyof Preferences>(key: K, value: Preferences[K]): void {
  current = { ...current, [key]: value };
  try {
    localStorage.setItem(PREFERENCES_KEY, JSON.stringify(current));
  } catch {
    // Storage disabled: the choice lasts for this page only.
  }
  apply(current);
  listeners.forEach((listener) => listener());
}

const subscribe = (listener: () => void) => {
  listeners.add(listener);
  return () => listeners.delete(listener);
};
const getCurrent = () => current;

export function usePreferences(): Preferences {
  return useSyncExternalStore(subscribe, getCurrent, getCurrent);
}
