/**
 * The reader's keys, and a pure reader of key presses: single keys, and `g` followed by a
 * second key within a moment. Keys never act while the reader types in a field.
 */

export type ShortcutAction =
  | 'next'
  | 'previous'
  | 'open'
  | 'readOn'
  | 'back'
  | 'original'
  | 'star'
  | 'read'
  | 'search'
  | 'previousCategory'
  | 'nextCategory'
  | 'goAll'
  | 'goStarred'
  | 'help';

/**
 * Every key, in the order the help lists them; a key of two presses is written `g a`. Keys are
 * written as the help shows them: `Space` and `Esc` stand for the event keys ` ` and `Escape`.
 */
export const SHORTCUTS: readonly { keys: readonly string[]; action: ShortcutAction }[] = [
  { keys: ['j'], action: 'next' },
  { keys: ['k'], action: 'previous' },
  { keys: ['o', 'Enter'], action: 'open' },
  { keys: ['Space'], action: 'readOn' },
  { keys: ['u', 'Esc'], action: 'back' },
  { keys: ['v'], action: 'original' },
  { keys: ['s'], action: 'star' },
  { keys: ['m'], action: 'read' },
  { keys: ['/'], action: 'search' },
  { keys: ['['], action: 'previousCategory' },
  { keys: [']'], action: 'nextCategory' },
  { keys: ['g a'], action: 'goAll' },
  { keys: ['g s'], action: 'goStarred' },
  { keys: ['?'], action: 'help' },
];

/** The help's name of an event key. */
const KEY_NAMES: Record<string, string> = { ' ': 'Space', Escape: 'Esc' };

/** How long `g` waits for its second key. */
export const SEQUENCE_MS = 1500;

interface KeyPress {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
  /** When the key was pressed (ms), to let a pending `g` expire. */
  time: number;
}

/** A reader of key presses that remembers a pending `g`. */
export function createShortcutReader(): (press: KeyPress) => ShortcutAction | null {
  let pendingSince: number | null = null;
  const single = new Map<string, ShortcutAction>();
  const afterG = new Map<string, ShortcutAction>();
  for (const { keys, action } of SHORTCUTS) {
    for (const key of keys) {
      if (key.startsWith('g ')) afterG.set(key.slice(2), action);
      else single.set(key, action);
    }
  }
  return (event) => {
    const press = { ...event, key: KEY_NAMES[event.key] ?? event.key };
    if (press.ctrlKey || press.metaKey || press.altKey) {
      pendingSince = null;
      return null;
    }
    if (pendingSince !== null && press.time - pendingSince <= SEQUENCE_MS) {
      pendingSince = null;
      const action = afterG.get(press.key);
      if (action) return action;
    }
    pendingSince = null;
    if (press.key === 'g') {
      pendingSince = press.time;
      return null;
    }
    return single.get(press.key) ?? null;
  };
}

const TEXT_INPUT_TYPES = new Set(['text', 'search', 'email', 'url', 'tel', 'password', 'number', 'date', 'month', 'week', 'time', 'datetime-local']);

/** Whether keys pressed in `element` are typing (a text field, an editable region, a select). */
export function isTypingTarget(element: Element | null): boolean {
  if (!element) return false;
  if (element instanceof HTMLTextAreaElement || element instanceof HTMLSelectElement) return true;
  if (element instanceof HTMLInputElement) return TEXT_INPUT_TYPES.has(element.type);
  if (element instanceof HTMLElement && element.isContentEditable) return true;
  const role = element.getAttribute('role');
  return role === 'textbox' || role === 'searchbox' || role === 'combobox';
}
