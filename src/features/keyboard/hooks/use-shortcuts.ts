import { useEffect, useLayoutEffect, useRef } from 'react';
import { createShortcutReader, isTypingTarget, type ShortcutAction } from '../lib/shortcuts.ts';

/**
 * Calls `handlers[action]` for the reader's keys, anywhere on the page except while typing in a
 * field or while a modal dialog is open (the dialog has its own keys). Enter on a link or a
 * button keeps its own meaning.
 */
export function useShortcuts(handlers: Record<ShortcutAction, () => void>): void {
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
      const action = read({ key: event.key, ctrlKey: event.ctrlKey, metaKey: event.metaKey, altKey: event.altKey, time: event.timeStamp });
      if (!action) return;
      event.preventDefault();
      latest.current[action]();
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, []);
}
