import { describe, expect, it } from 'vitest';
import { insertsWholeWord } from './whole-word-input.ts';

describe('insertsWholeWord', () => {
  it('a keystroke waits for the debounce', () => {
    expect(insertsWholeWord({ inputType: 'insertText', data: 'a' })).toBe(false);
    expect(insertsWholeWord({ inputType: 'insertText', data: '驶' })).toBe(false);
    expect(insertsWholeWord({ inputType: 'deleteContentBackward', data: null })).toBe(false);
    // An emoji is one character of two UTF-16 units.
    expect(insertsWholeWord({ inputType: 'insertText', data: '🚀' })).toBe(false);
  });
  it('a committed word, a paste or a multi-character insert searches at once', () => {
    expect(insertsWholeWord({ inputType: 'insertText', data: '无人驾驶' })).toBe(true);
    expect(insertsWholeWord({ inputType: 'insertCompositionText', data: '无人驾驶', isComposing: false })).toBe(true);
    expect(insertsWholeWord({ inputType: 'insertFromComposition', data: '无人驾驶' })).toBe(true);
    expect(insertsWholeWord({ inputType: 'insertFromPaste', data: null })).toBe(true);
    expect(insertsWholeWord({ inputType: 'insertReplacementText', data: null })).toBe(true);
  });
  it('nothing runs in the middle of a composition (the box holds pinyin, not the query)', () => {
    expect(insertsWholeWord({ inputType: 'insertCompositionText', data: 'wuren', isComposing: true })).toBe(false);
    expect(insertsWholeWord({ inputType: 'insertText', data: '无人驾驶', isComposing: true })).toBe(false);
  });
});
