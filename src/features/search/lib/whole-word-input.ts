/**
 * Whether an edit of the search box put in a whole word at once, so the search runs at once
 * instead of waiting out the debounce meant for keystrokes: an input method's commit (Chinese,
 * Japanese and Korean are typed through one: a word arrives in one event), a paste, a drop, a
 * spelling correction, or text of two or more characters inserted in one go (voice input,
 * handwriting, an IME that sends no composition events).
 */
export function insertsWholeWord(event: { inputType?: string; data?: string | null; isComposing?: boolean }): boolean {
  if (event.isComposing) return false;
  switch (event.inputType) {
    case 'insertFromComposition':
    case 'insertFromPaste':
    case 'insertFromDrop':
    case 'insertReplacementText':
      return true;
    case 'insertText':
    case 'insertCompositionText':
      return Array.from(event.data ?? '').length > 1;
    default:
      return false;
  }
}
