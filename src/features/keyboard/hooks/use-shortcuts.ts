import { useEffect, useLayoutEffect, useRef } from 'react';
import { createShortcutReader, isTypingTarget, type ShortcutAction } from '../lib/shortcuts.ts';

/** Where Space keeps its own meaning (it presses buttons, ticks boxes, opens tree items). */
const SPACE_ACTIVATES = 'button, summary, [role="button"], [role="treeitem"], [role="checkbox"], [role="tab"], [role="menuitem"]';

/**
 * Calls `handlers[action]` for the reader's keys, anywhere on the page except while typing in a
 * field or while a modal dialog is open (the dialog has its own keys). Enter on a link or a
 * button, and Space on a button, keep their own meaning. A handler that returns `false` did not
 * use the key, which then does what the browser would do with it.
 */
export function useShortcuts(handlers: Record<ShortcutAction, () => void | boolean>): void {
  const latest = useRef(handlers);
  useLayoutEffect(() => {
    latest.current = handlers;
  });
  useEffect(() => {
    const read = createShortcutReader();
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.isComposing) return;
      const target = event.target instanceof Element ? event.target : null;
      if (isTypingTarget(target) || document.querySelector('dialog[open]')) return;
      if (event.key === 'Enter' && target?.closest('a, button, input, select, textarea, summary, [role="treeitem"]')) return;
      if (event.key === ' ' && (event.shiftKey || target?.closest(SPACE_ACTIVATES))) return;
      const action = read({ key: event.key, ctrlKey: event.ctrlKey, metaKey: event.metaKey, altKey: event.altKey, time: event.timeStamp });
      if (!action) return;
      if (latest.current[action]() !== false) event.preventDefault();
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, []);
}
