/**
 * Every UI string, in Simplified Chinese (the default) and English. The chosen language is
 * remembered in localStorage and mirrored on `<html lang>`.
 */
import { useSyncExternalStore } from 'react';

export type Lang = 'zh' | 'en';

const zh = {
  skipToContent: '跳到正文',
  openCategories: '打开分类',
  closeCategories: '关闭分类',
  categoryNav: '分类导航',
  categoryTree: '分类',
  all: '全部',
  expand: '展开',
  collapse: '收起',
  articleList: '文章列表',
  articleCount: (n: number) => `${n.toLocaleString('zh-CN')} 篇`,
  emptyCategory: '这个分类下还没有文章',
  emptyArchive: '存档里还没有文章',
  loading: '加载中…',
  pageNotFound: '页面不存在',
  pageNotFoundHint: '这个地址没有对应的页面。',
  articleNotFound: '找不到这篇文章',
  articleNotFoundHint: '它可能已被移除，或者链接有误。',
  categoryNotFound: '没有这个分类',
  categoryNotFoundHint: (name: string) => `存档里没有名为“${name}”的分类。`,
  backHome: '返回首页',
  loadFailed: '加载失败',
  loadFailedHint: '数据没有加载成功，请检查网络后重试。',
  listPartFailed: '这部分列表没有加载成功',
  retry: '重试',
  backToList: '返回列表',
  closeArticle: '关闭文章',
  breadcrumb: '分类路径',
  byAuthor: (author: string) => `作者：${author}`,
  copyLink: '复制链接',
  share: '分享',
  linkCopied: '已复制链接',
  copyFailed: '无法复制，请手动复制地址栏中的链接',
  articleNav: '上一篇和下一篇',
  previous: '上一篇',
  next: '下一篇',
  untitled: '（无标题）',
  undated: '日期不详',
  imageFailed: '图片无法加载',
  switchLanguage: 'English',
  switchLanguageLabel: 'Switch to English',
  noArticleOpen: '从列表中选择一篇文章阅读',
  dates: '日期',
  dateFilter: '日期筛选',
  timeline: '时间线',
  timelineBar: (period: string, n: number) => `${period}：${n.toLocaleString('zh-CN')} 篇`,
  allYears: '全部年份',
  undatedBucket: '无日期',
  undatedBar: (n: number) => `无日期：${n.toLocaleString('zh-CN')} 篇`,
  presetLastDay: '最近 1 天',
  presetLast7: '最近 7 天',
  presetLast30: '最近 30 天',
  presetsHint: (day: string) => `以存档中最新的一天（${day}）为准`,
  pickMonth: '按月',
  pickYear: '按年',
  choose: '选择…',
  customRange: '自定义范围',
  fromDate: '开始日期',
  toDate: '结束日期',
  applyRange: '应用',
  clearDates: '清除日期筛选',
  showDateOptions: '更多日期选项',
  daysInZone: (zone: string) => `日期按${zone}划分`,
  rangeFrom: (day: string) => `${day} 起`,
  rangeTo: (day: string) => `至 ${day}`,
  onlyUndated: '只看无日期的文章',
  invalidDate: (edge: 'from' | 'to', value: string) => `忽略了无效的${edge === 'from' ? '开始' : '结束'}日期“${value}”`,
  swappedDates: (range: string) => `开始日期晚于结束日期，已按 ${range} 显示`,
  rangeIgnored: '只看无日期文章时不按日期范围筛选',
  emptyRange: '这个日期范围内没有文章',
  archiveSpan: (range: string) => `存档中的文章日期在 ${range} 之间`,
  search: '搜索',
  searchPlaceholder: '搜索标题和正文（按 / 键）',
  searchResults: '搜索结果',
  resultCount: (n: number) => `${n.toLocaleString('zh-CN')} 条结果`,
  searching: '正在搜索…',
  searchTooShort: '请至少输入两个汉字（或一个英文单词、数字）',
  searchNoWords: '只有标点或符号，无法搜索：请输入文字或数字',
  searchTruncated: '查询太长，只搜索了前面的部分',
  noResults: (q: string) => `没有找到包含“${q}”的文章`,
  noResultsHint: '可以试试：',
  searchAllCategories: '在全部分类中搜索',
  searchAllDates: '不限日期',
  clearSearch: '清除搜索',
  searchFailed: '搜索索引没有加载成功',
};

export type Messages = typeof zh;

const en: Messages = {
  skipToContent: 'Skip to content',
  openCategories: 'Open categories',
  closeCategories: 'Close categories',
  categoryNav: 'Category navigation',
  categoryTree: 'Categories',
  all: 'All',
  expand: 'Expand',
  collapse: 'Collapse',
  articleList: 'Articles',
  articleCount: (n: number) => `${n.toLocaleString('en')} ${n === 1 ? 'article' : 'articles'}`,
  emptyCategory: 'No articles in this category yet',
  emptyArchive: 'The archive has no articles yet',
  loading: 'Loading…',
  pageNotFound: 'Page not found',
  pageNotFoundHint: 'There is no page at this address.',
  articleNotFound: 'Article not found',
  articleNotFoundHint: 'It may have been removed, or the link is wrong.',
  categoryNotFound: 'No such category',
  categoryNotFoundHint: (name: string) => `The archive has no category called “${name}”.`,
  backHome: 'Back to home',
  loadFailed: "Couldn't load",
  loadFailedHint: 'Some data failed to load. Check your connection and try again.',
  listPartFailed: 'This part of the list failed to load',
  retry: 'Retry',
  backToList: 'Back to list',
  closeArticle: 'Close article',
  breadcrumb: 'Category path',
  byAuthor: (author: string) => `By ${author}`,
  copyLink: 'Copy link',
  share: 'Share',
  linkCopied: 'Link copied',
  copyFailed: "Couldn't copy; copy the address bar instead",
  articleNav: 'Previous and next article',
  previous: 'Previous',
  next: 'Next',
  untitled: '(Untitled)',
  undated: 'Date unknown',
  imageFailed: 'Image unavailable',
  switchLanguage: '中文',
  switchLanguageLabel: '切换到中文',
  noArticleOpen: 'Pick an article from the list to read it',
  dates: 'Dates',
  dateFilter: 'Date filter',
  timeline: 'Timeline',
  timelineBar: (period: string, n: number) => `${period}: ${n.toLocaleString('en')} ${n === 1 ? 'article' : 'articles'}`,
  allYears: 'All years',
  undatedBucket: 'Undated',
  undatedBar: (n: number) => `Undated: ${n.toLocaleString('en')} ${n === 1 ? 'article' : 'articles'}`,
  presetLastDay: 'Last day',
  presetLast7: 'Last 7 days',
  presetLast30: 'Last 30 days',
  presetsHint: (day: string) => `Counted back from the archive's newest day (${day})`,
  pickMonth: 'Month',
  pickYear: 'Year',
  choose: 'Choose…',
  customRange: 'Custom range',
  fromDate: 'From',
  toDate: 'To',
  applyRange: 'Apply',
  clearDates: 'Clear date filter',
  showDateOptions: 'More date options',
  daysInZone: (zone: string) => `Days in ${zone}`,
  rangeFrom: (day: string) => `From ${day}`,
  rangeTo: (day: string) => `Until ${day}`,
  onlyUndated: 'Undated articles only',
  invalidDate: (edge: 'from' | 'to', value: string) => `Ignored the invalid ${edge === 'from' ? 'start' : 'end'} date “${value}”`,
  swappedDates: (range: string) => `The start date was after the end date; showing ${range}`,
  rangeIgnored: 'Undated articles are not filtered by a date range',
  emptyRange: 'No articles in this date range',
  archiveSpan: (range: string) => `The archive's articles date from ${range}`,
  search: 'Search',
  searchPlaceholder: 'Search titles and text (press /)',
  searchResults: 'Search results',
  resultCount: (n: number) => `${n.toLocaleString('en')} ${n === 1 ? 'result' : 'results'}`,
  searching: 'Searching…',
  searchTooShort: 'Type at least two Chinese characters (or a word or number)',
  searchNoWords: 'Only punctuation or symbols: type letters, characters or digits to search',
  searchTruncated: 'The query is long: only its beginning was searched',
  noResults: (q: string) => `No articles contain “${q}”`,
  noResultsHint: 'You could:',
  searchAllCategories: 'Search all categories',
  searchAllDates: 'Search all dates',
  clearSearch: 'Clear the search',
  searchFailed: 'The search index could not be loaded',
};

export const messages: Record<Lang, Messages> = { zh, en };

/** BCP 47 tag of each UI language, for `<html lang>` and Intl formatting. */
export const localeOf: Record<Lang, string> = { zh: 'zh-CN', en: 'en' };

const STORAGE_KEY = 'reader:lang';
const listeners = new Set<() => void>();

function readStoredLang(): Lang {
  try {
    return localStorage.getItem(STORAGE_KEY) === 'en' ? 'en' : 'zh';
  } catch {
    return 'zh';
  }
}

let currentLang: Lang = typeof window === 'undefined' ? 'zh' : readStoredLang();

export function getLang(): Lang {
  return currentLang;
}

export function setLang(lang: Lang): void {
  currentLang = lang;
  try {
    localStorage.setItem(STORAGE_KEY, lang);
  } catch {
    // Private mode or storage full: the choice lasts for this page only.
  }
  document.documentElement.lang = localeOf[lang];
  listeners.forEach((listener) => listener());
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function useI18n() {
  const lang = useSyncExternalStore(subscribe, getLang, getLang);
  return { lang, locale: localeOf[lang], t: messages[lang] };
}
