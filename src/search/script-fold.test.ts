import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { FOLD_TABLE_PATH, foldTableSource, OPENCC_TABLES, pairsOf } from '../../scripts/generate-fold-table.ts';
import { highlightRanges } from './highlight.ts';
import { parseQuery } from './query.ts';
import { foldScript } from './script-fold.ts';
import { normalizeText } from './tokenize.ts';

describe('foldScript', () => {
  it('gives Traditional and Simplified forms one form', () => {
    expect(foldScript('醫生')).toBe(foldScript('医生'));
    expect(new Set(['台湾', '臺灣', '台灣'].map(foldScript)).size).toBe(1);
    expect(foldScript('3人打針後血管迷走神經昏厥　醫生：正常反射動作')).toBe('3人打针后血管迷走神经昏厥　医生：正常反射动作');
  });

  it('keeps one-to-many characters together: any form finds the others', () => {
    expect(new Set(['发', '發', '髮'].map(foldScript)).size).toBe(1);
    expect(new Set(['后', '後'].map(foldScript)).size).toBe(1);
    expect(new Set(['干', '乾', '幹'].map(foldScript)).size).toBe(1);
    expect(new Set(['里', '裡', '裏'].map(foldScript)).size).toBe(1);
  });

  it('folds every pair of OpenCC character and variant tables to one form, and folding twice changes nothing', () => {
    let pairs = 0;
    for (const dict of Object.values(OPENCC_TABLES)) {
      for (const [a, b] of pairsOf(dict)) {
        pairs++;
        expect(foldScript(a), `${a} ${b}`).toBe(foldScript(b));
        expect(foldScript(foldScript(a))).toBe(foldScript(a));
      }
    }
    expect(pairs).toBeGreaterThan(7000);
  });

  it('leaves everything else alone, characters outside the BMP included', () => {
    const text = 'Hello 世界 123 ｱ 😀 𠀀 にほんご 한국어';
    expect(foldScript(text)).toBe(text.replace('世界', foldScript('世界')));
    expect(foldScript('𡞱㜢')).toBe(foldScript('𡞱') + foldScript('𡞱'));
  });

  it('is the table the generator writes from the installed opencc-js', () => {
    expect(readFileSync(FOLD_TABLE_PATH, 'utf8')).toBe(foldTableSource());
  });
});

describe('script-blind queries', () => {
  it('looks up the same tokens whichever script is typed', () => {
    expect(parseQuery('醫生').tokens).toEqual(parseQuery('医生').tokens);
    expect(parseQuery('臺灣').tokens).toEqual(parseQuery('台湾').tokens);
    expect(normalizeText('ＡＢ醫生')).toBe('ab医生');
  });

  it('marks the matched form as written', () => {
    const text = '醫生說，医生说';
    expect(highlightRanges(text, parseQuery('医生').terms).map(([s, e]) => text.slice(s, e))).toEqual(['醫生', '医生']);
    expect(highlightRanges('台灣與臺灣', parseQuery('台湾').terms)).toEqual([[0, 2], [3, 5]]);
  });
});
