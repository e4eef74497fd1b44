import { describe, expect, it } from 'vitest';
import { highlightRanges } from './highlight.ts';
import { parseQuery } from './query.ts';

const marked = (text: string, query: string) =>
  highlightRanges(text, parseQuery(query).terms).map(([start, end]) => text.slice(start, end));

describe('highlightRanges', () => {
  it('marks every occurrence of a Chinese term', () => {
    expect(marked('北京冬奥会在北京举行', '北京')).toEqual(['北京', '北京']);
  });
  it('folds full width and case, and maps back to the original characters', () => {
    expect(marked('ＡＩ芯片与ai模型', 'AI')).toEqual(['ＡＩ', 'ai']);
  });
  it('marks English words by their stem, whole words only', () => {
    expect(marked('Markets rallied; the market is a supermarket', 'market')).toEqual(['Markets', 'market']);
  });
  it('merges overlapping terms', () => {
    expect(marked('人工智能', '人工 工智')).toEqual(['人工智']);
  });
  it('treats regex metacharacters and HTML in the query as text', () => {
    expect(marked('a.*b (x) <b>c</b>', '.* <b>')).toEqual(['b', 'b', 'b']);
    expect(marked('价格 $100 [上涨]', '[上涨]')).toEqual(['上涨']);
  });
  it('marks an emoji-adjacent term and nothing for an emoji alone', () => {
    expect(marked('🚀火箭发射', '🚀火箭')).toEqual(['火箭']);
    expect(marked('🚀火箭发射', '🚀')).toEqual([]);
  });
});
