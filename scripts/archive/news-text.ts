/**
 * Invented news sentences and titles, built from templates and the word lists.
 * Mostly Simplified Chinese; English, Japanese and Korean for feeds in those languages.
 */
import type { Rng } from './prng.ts';
import * as w from './vocabulary.ts';

export type Language = 'zh' | 'en' | 'ja' | 'ko';

const zhTitleTemplates: ((r: Rng) => string)[] = [
  (r) => `${r.pick(w.PLACES)}${r.pick(w.ORGS)}发布${r.int(2019, 2026)}年${r.pick(w.TOPICS)}报告`,
  (r) => `${r.pick(w.COMPANIES)}第${r.int(1, 4)}季度营收${r.pick(['同比增长', '同比下降', '环比增长'])}${r.int(2, 68)}%`,
  (r) => `${r.pick(w.TOPICS)}：${r.pick(w.OPINIONS)}`,
  (r) => `${r.pick(w.PLACES)}将${r.pick(w.ACTIONS)}${r.pick(w.TOPICS)}，首批${r.int(3, 90)}个项目落地`,
  (r) => `${r.pick(w.PRODUCTS)}上手体验：${r.pick(w.OPINIONS)}`,
  (r) => `${r.pick(w.COMPANIES)}推出新款${r.pick(w.PRODUCTS)}，售价${r.int(199, 9999)}元起`,
  (r) => `${r.int(10, 99)}万人数据显示：${r.pick(w.TOPICS)}${r.pick(w.OPINIONS)}`,
  (r) => `一图读懂${r.pick(w.PLACES)}${r.pick(w.TOPICS)}三年行动方案`,
  (r) => `${r.pick(w.TOPICS)}周报（第${r.int(1, 52)}期）`,
  (r) => `${r.pick(w.PLACES)}${r.pick(w.PLACES)}两地联手${r.pick(w.ACTIONS)}${r.pick(w.TOPICS)}`,
  (r) => `专访${r.pick(w.COMPANIES)}${r.pick(w.ROLES)}${r.pick(w.PEOPLE)}先生：${r.pick(w.TOPICS)}${r.pick(w.OPINIONS)}`,
  (r) => `“${r.pick(w.TOPICS)}”成为年度热词，${r.pick(w.OPINIONS)}`,
  (r) => `${r.pick(w.COMPANIES)}与${r.pick(w.COMPANIES)}达成合作，共建${r.pick(w.TOPICS)}平台`,
  (r) => `${r.int(1, 12)}月${r.int(1, 28)}日${r.pick(w.TOPICS)}快讯汇总`,
  (r) => `${r.pick(w.PRODUCTS)}价格跌破${r.int(2, 50)}00元，${r.pick(w.OPINIONS)}？`,
];

const zhSentenceTemplates: ((r: Rng) => string)[] = [
  (r) => `${r.int(1, 12)}月${r.int(1, 28)}日，${r.pick(w.PLACES)}${r.pick(w.ORGS)}召开${r.pick(w.TOPICS)}专题会议，提出要${r.pick(w.ACTIONS)}相关工作。`,
  (r) => `数据显示，今年前${r.int(2, 11)}个月${r.pick(w.TOPICS)}相关投资同比${r.pick(['增长', '下降'])}${r.int(1, 45)}.${r.int(0, 9)}%，整体${r.pick(w.OUTCOMES)}。`,
  (r) => `${r.pick(w.COMPANIES)}${r.pick(w.ROLES)}${r.pick(w.PEOPLE)}某表示，公司将${r.pick(w.ACTIONS)}${r.pick(w.PRODUCTS)}的研发投入。`,
  (r) => `业内人士认为，${r.pick(w.TOPICS)}正处在关键阶段，${r.pick(w.OPINIONS)}。`,
  (r) => `记者在${r.pick(w.PLACES)}走访发现，不少市民对${r.pick(w.PRODUCTS)}的关注度明显提高。`,
  (r) => `根据规划，到${r.int(2025, 2030)}年，${r.pick(w.PLACES)}${r.pick(w.TOPICS)}产业规模有望突破${r.int(100, 5000)}亿元。`,
  (r) => `${r.pick(w.ORGS)}提醒，消费者在购买${r.pick(w.PRODUCTS)}时应注意查看产品说明和售后条款。`,
  (r) => `与此同时，${r.pick(w.COMPANIES)}宣布在${r.pick(w.PLACES)}新建研发中心，预计带动就业${r.int(200, 9000)}人。`,
  (r) => `一位不愿具名的${r.pick(w.ROLES)}告诉记者，“${r.pick(w.TOPICS)}的窗口期不会太长”。`,
  (r) => `分析指出，${r.pick(w.TOPICS)}与${r.pick(w.TOPICS)}之间的联系正变得越来越紧密。`,
  (r) => `截至发稿，${r.pick(w.COMPANIES)}股价报${r.int(3, 180)}.${r.int(10, 99)}元，${r.pick(w.OUTCOMES)}。`,
  (r) => `${r.pick(w.PLACES)}今年已累计举办${r.int(3, 60)}场${r.pick(w.TOPICS)}主题活动，吸引约${r.int(1, 40)}万人次参与。`,
];

const enTitleTemplates: ((r: Rng) => string)[] = [
  (r) => `The ${r.pick(w.ENGLISH_SUBJECTS)} ${r.pick(w.ENGLISH_VERBS)} ${r.pick(w.ENGLISH_OBJECTS)}`,
  (r) => `Why the ${r.pick(w.ENGLISH_SUBJECTS)} ${r.pick(w.ENGLISH_VERBS)} ${r.pick(w.ENGLISH_OBJECTS)}`,
  (r) => `${r.int(3, 12)} things to know about ${r.pick(w.ENGLISH_OBJECTS)}`,
  (r) => `Week ${r.int(1, 52)} in review: ${r.pick(w.ENGLISH_OBJECTS)}`,
];

const enSentenceTemplates: ((r: Rng) => string)[] = [
  (r) => `The ${r.pick(w.ENGLISH_SUBJECTS)} ${r.pick(w.ENGLISH_VERBS)} ${r.pick(w.ENGLISH_OBJECTS)} on Tuesday, officials said.`,
  (r) => `Spending on the project rose ${r.int(2, 40)} percent compared with last year.`,
  (r) => `Critics argue that ${r.pick(w.ENGLISH_OBJECTS)} will take at least ${r.int(2, 9)} more years.`,
  (r) => `A spokesperson for the ${r.pick(w.ENGLISH_SUBJECTS)} declined to comment further.`,
  (_r) => `Residents interviewed near the site were mostly supportive, though some raised concerns about noise.`,
  (r) => `The next review is scheduled for ${r.pick(['March', 'June', 'September', 'December'])}.`,
];

const jaTitleTemplates: ((r: Rng) => string)[] = [
  (r) => `${r.pick(w.JAPANESE_PHRASES)}（${r.int(1, 12)}月${r.int(1, 28)}日）`,
  (r) => `【特集】${r.pick(w.JAPANESE_PHRASES)}`,
];
const jaSentenceTemplates: ((r: Rng) => string)[] = [
  (r) => `${r.pick(w.JAPANESE_PHRASES)}。`,
  (r) => `詳しくは公式サイトをご覧ください。受付は${r.int(1, 12)}月${r.int(1, 28)}日までです。`,
  (r) => `今回は全部で${r.int(3, 40)}点の作品が紹介されています。`,
];

const koTitleTemplates: ((r: Rng) => string)[] = [
  (r) => `${r.pick(w.KOREAN_PHRASES)} (${r.int(1, 12)}월 ${r.int(1, 28)}일)`,
  (r) => `[단독] ${r.pick(w.KOREAN_PHRASES)}`,
];
const koSentenceTemplates: ((r: Rng) => string)[] = [
  (r) => `${r.pick(w.KOREAN_PHRASES)}.`,
  (r) => `관계자는 ${r.int(2, 9)}개월 안에 결과를 발표할 예정이라고 밝혔다.`,
  (_r) => `자세한 내용은 홈페이지에서 확인할 수 있다.`,
];

const TITLES: Record<Language, ((r: Rng) => string)[]> = {
  zh: zhTitleTemplates, en: enTitleTemplates, ja: jaTitleTemplates, ko: koTitleTemplates,
};
const SENTENCES: Record<Language, ((r: Rng) => string)[]> = {
  zh: zhSentenceTemplates, en: enSentenceTemplates, ja: jaSentenceTemplates, ko: koSentenceTemplates,
};

export function newsTitle(r: Rng, lang: Language): string {
  return r.pick(TITLES[lang])(r);
}

export function newsSentence(r: Rng, lang: Language): string {
  return r.pick(SENTENCES[lang])(r);
}

/** A paragraph of 2–5 sentences from different templates; Chinese ones are not space-separated. */
export function newsParagraph(r: Rng, lang: Language): string {
  const templates = SENTENCES[lang];
  const n = Math.min(r.int(2, 5), templates.length);
  const used = new Set<number>();
  const parts: string[] = [];
  while (parts.length < n) {
    const i = r.int(0, templates.length - 1);
    if (used.has(i)) continue;
    used.add(i);
    parts.push(templates[i](r));
  }
  return parts.join(lang === 'en' || lang === 'ko' ? ' ' : '');
}
