/**
 * Script folding: every Chinese character to its class's one form, so Traditional and
 * Simplified text index and match alike (醫生 and 医生 are both 医生). Part of the one
 * normalisation (tokenize.ts `normalizeText`), used by the index at build time and by the query
 * and the highlighting in the browser.
 *
 * The classes (fold-classes.ts) come from OpenCC's tables; how they are made and what they cost
 * in precision: scripts/generate-fold-table.ts and docs/search.md. In the browser this module
 * loads with the search code, never with the first screen.
 */
import foldClasses from './fold-classes.ts';

/** BMP code unit → its representative (0: unchanged). The build's hot loop reads this. */
const table = new Uint16Array(0x10000);
/** Folds whose source or representative is outside the BMP (surrogate pairs): rare, by string. */
const wide = new Map<string, string>();
/** 1 for the first code unit of every source in `wide`. */
const wideStart = new Uint8Array(0x10000);

for (const members of foldClasses.split('|')) {
  const [to, ...rest] = Array.from(members);
  for (const from of rest) {
    if (from.length === 1 && to.length === 1) table[from.charCodeAt(0)] = to.charCodeAt(0);
    else {
      wide.set(from, to);
      wideStart[from.charCodeAt(0)] = 1;
    }
  }
}

/** `text` with every character in its class's form; `text` itself when nothing changes. */
export function foldScript(text: string): string {
  let out = '';
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x3400) continue;
    const to = table[code];
    if (to !== 0) {
      out += text.slice(from, i) + String.fromCharCode(to);
      from = i + 1;
      continue;
    }
    if (wideStart[code] === 0) continue;
    const source = code >= 0xd800 && code <= 0xdbff ? text.slice(i, i + 2) : text[i];
    const target = wide.get(source);
    if (target === undefined) continue;
    out += text.slice(from, i) + target;
    i += source.length - 1;
    from = i + 1;
  }
  return from === 0 ? text : out + text.slice(from);
}
