import { describe, expect, it } from 'vitest';
import { MAX_TOKENS, findHits, parseQuery, runQuery } from './query.ts';
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
    expect(parseQuery('人工智能 Running')).toMatchObject({
      tokens: ['人工', '工智', '智能', 'run'],
      terms: [{ text: '人工智能', cjk: true }, { text: 'running', cjk: false }],
      notice: null,
      notes: [],
    });
  });
  it('folds full width to the same tokens as half width', () => {
    expect(parseQuery('ＧＤＰ增长').tokens).toEqual(parseQuery('gdp增长').tokens);
  });
  it('says a single Chinese character is too short', () => {
    expect(parseQuery('中')).toMatchObject({ tokens: [], terms: [], notice: 'tooShort' });
  });
  it('says a query of punctuation, emoji or markup symbols has no words', () => {
    for (const query of ['!!!', '。，、', '🚀🎉', '.*+?^${}()|[]\\', '<>/']) expect(parseQuery(query)).toMatchObject({ tokens: [], terms: [], notice: 'noWords' });
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

describe('the query language', () => {
  // Ordinals 0..4 (0 = newest).
  const docs = [
    { title: '人工智能大会开幕', body: '机器学习和大模型是今年的主题' },
    { title: '手机新品发布', body: '人工 智能助手成为卖点' },
    { title: '天气预报', body: '明天有雨，人工智能预测准确' },
    { title: '醫生談健康', body: 'machine learning in hospitals' },
    { title: 'Learning machines', body: '大会结束' },
  ];
  const shard: SearchShard = {};
  const raw = new Map<string, number[]>();
  docs.forEach((doc, ordinal) => {
    const title = tokensOf(doc.title);
    for (const token of new Set([...title, ...tokensOf(doc.body)])) raw.set(token, [...(raw.get(token) ?? []), ordinal * 2 + (title.has(token) ? 1 : 0)]);
  });
  for (const [token, list] of raw) shard[token] = list.map((v, i) => (i ? v - list[i - 1] : v));
  const search = (query: string) => [...runQuery(parseQuery(query), () => shard, docs.length).ordinals];

  // Expected values: read off the five texts above by hand.
  it('"exact phrase": the characters adjacent and in order; spaces between Chinese characters inside quotes do not count', () => {
    expect(search('"人工智能"')).toEqual([0, 2]);
    expect(search('"人工 智能"')).toEqual([0, 2]);
    expect(search('人工 智能')).toEqual([0, 1, 2]);
    expect(parseQuery('"machine learning"').terms).toEqual([{ text: 'machine learning', cjk: true }]);
  });
  it('-word leaves out the articles that contain it', () => {
    expect(search('人工智能 -天气')).toEqual([0]);
    expect(search('大会 -机器学习')).toEqual([4]);
  });
  it('OR between alternatives: either one', () => {
    expect(search('天气 OR 手机')).toEqual([1, 2]);
    expect(search('天气 OR 手机 预报')).toEqual([2]);
    expect(search('天气 or 手机')).toEqual([]);
  });
  it('title: searches titles only, and combines with the rest', () => {
    expect(search('title:人工智能')).toEqual([0]);
    expect(search('title:大会 OR title:手机')).toEqual([0, 1]);
    expect(search('title:learning')).toEqual([4]);
    expect(search('title:医生')).toEqual([3]);
  });
  it('reads bad syntax the most useful way, and says how', () => {
    expect(parseQuery('"人工智能 大会')).toMatchObject({ reading: '"人工智能 大会"', notes: ['unclosedQuote'] });
    expect(parseQuery('人工智能 -')).toMatchObject({ reading: '人工智能', notes: ['loneMinus'] });
    expect(parseQuery('OR 人工智能 OR')).toMatchObject({ reading: '人工智能', notes: ['danglingOr'] });
    expect(parseQuery('title: 大会')).toMatchObject({ reading: '大会', notes: ['emptyTitle'] });
    expect(parseQuery('-天气')).toMatchObject({ reading: '-天气', notes: ['onlyExclusions'] });
    expect(search('-天气 -手机')).toEqual([0, 3, 4]);
    expect(parseQuery('人工智能 -天气').notes).toEqual([]);
  });
});

describe('relevance', () => {
  // Ordinals 0..3 (0 = newest); the best answer to 人工智能 大会 is known by construction.
  const docs = [
    { title: '天气', body: '人工智能 大会' },
    { title: '人工智能的未来', body: '大会' },
    { title: '人工智能大会开幕', body: '' },
    { title: '人工大会', body: '人工智能' },
  ];
  const shard: SearchShard = {};
  const raw = new Map<string, number[]>();
  docs.forEach((doc, ordinal) => {
    const title = tokensOf(doc.title);
    for (const token of new Set([...title, ...tokensOf(doc.body)])) raw.set(token, [...(raw.get(token) ?? []), ordinal * 2 + (title.has(token) ? 1 : 0)]);
  });
  for (const [token, list] of raw) shard[token] = list.map((v, i) => (i ? v - list[i - 1] : v));
  const hits = (query: string) => runQuery(parseQuery(query), () => shard, docs.length);

  it('ranks both terms whole in the title first, then one whole and one partly there, then one whole, then the body only', () => {
    expect([...hits('人工智能 大会').byRelevance!.ordinals]).toEqual([2, 3, 1, 0]);
    // Newest first (title matches first) stays the default order.
    expect([...hits('人工智能 大会').ordinals]).toEqual([2, 0, 1, 3]);
  });
  it('breaks ties newest first', () => {
    expect([...hits('大会').byRelevance!.ordinals]).toEqual([2, 3, 0, 1]);
  });
});
