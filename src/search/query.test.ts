import { describe, expect, it } from 'vitest';
import { MAX_TOKENS, findHits, parseQuery } from './query.ts';
import type { SearchShard } from './index-format.ts';
import { normalizeText, scanTokens, tokenString } from './tokenize.ts';

/** Every distinct token of a text, as the index build reads it. */
function tokensOf(text: string): Set<string> {
  const out = new Set<string>();
  scanTokens(normalizeText(text), (token) => out.add(tokenString(token)));
  return out;
}

describe('parseQuery', () => {
  it('turns Chinese into bigrams and English into stemmed words', () => {
    expect(parseQuery('人工智能 Running')).toEqual({
      tokens: ['人工', '工智', '智能', 'run'],
      terms: [{ text: '人工智能', cjk: true }, { text: 'running', cjk: false }],
      notice: null,
    });
  });
  it('folds full width to the same tokens as half width', () => {
    expect(parseQuery('ＧＤＰ增长').tokens).toEqual(parseQuery('gdp增长').tokens);
  });
  it('says a single Chinese character is too short', () => {
    expect(parseQuery('中')).toEqual({ tokens: [], terms: [], notice: 'tooShort' });
  });
  it('says a query of punctuation, emoji or markup symbols has no words', () => {
    for (const query of ['!!!', '。，、', '🚀🎉', '.*+?^${}()|[]\\', '<>/']) expect(parseQuery(query)).toEqual({ tokens: [], terms: [], notice: 'noWords' });
  });
  it('searches the words of HTML as text', () => {
    expect(parseQuery('<script>alert(1)</script>').tokens).toEqual(['script', 'alert', '1']);
  });
  it('bounds a 1,000-character query', () => {
    const parsed = parseQuery('中文'.repeat(500));
    expect(parsed.notice).toBe('truncated');
    expect(parsed.tokens.length).toBeLessThanOrEqual(MAX_TOKENS);
  });
});

describe('findHits', () => {
  // Ordinals 0..3: the index of each text is its ordinal (0 = newest).
  const docs = [
    { title: '新闻', body: '今天人工智能大会开幕' },
    { title: '人工智能的未来', body: '无' },
    { title: '天气', body: '人工降雨，智能手机' },
    { title: '人工智能', body: '人工智能' },
  ];
  const shard: SearchShard = {};
  const raw = new Map<string, number[]>();
  docs.forEach((doc, ordinal) => {
    const title = tokensOf(doc.title);
    for (const token of new Set([...title, ...tokensOf(doc.body)])) {
      raw.set(token, [...(raw.get(token) ?? []), ordinal * 2 + (title.has(token) ? 1 : 0)]);
    }
  });
  for (const [token, list] of raw) shard[token] = list.map((v, i) => (i ? v - list[i - 1] : v));
  const search = (query: string) => findHits(parseQuery(query).tokens, () => shard);

  it('ranks title matches first, then body matches, newest first within each', () => {
    expect(search('人工智能')).toEqual({ ordinals: Int32Array.from([1, 3, 0]), titleMatches: 2 });
  });
  it('needs every term: two terms of different articles find nothing', () => {
    expect(search('大会 手机').ordinals.length).toBe(0);
    expect([...search('大会 新闻').ordinals]).toEqual([0]);
  });
  it('finds nothing when a token is absent', () => {
    expect(search('火星').ordinals.length).toBe(0);
  });
  it('keeps bigram-only matches (the reader checks the text of each row)', () => {
    // 人工 and 智能 both occur in ordinal 2, but not 工智.
    expect([...search('人工 智能').ordinals]).toEqual([1, 3, 0, 2]);
  });
});
