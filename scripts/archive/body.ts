/** HTML bodies of generated posts: the `<div>` wrapper, paragraphs and the extras real feeds carry. */
import type { ImageSource } from './images.ts';
import { newsParagraph, newsSentence, newsTitle, type Language } from './news-text.ts';
import type { Rng } from './prng.ts';
import type { Quirk } from './quirks.ts';
import { EDITORS } from './vocabulary.ts';

export interface BodyOptions {
  lang: Language;
  category: string;
  source: string;
  images: ImageSource;
  /** First image of the body (usually the thumbnail), or null for a post without images. */
  leadImage: string | null;
  quirks: ReadonlySet<Quirk>;
  /** Approximate size of the body in UTF-8 bytes. */
  targetBytes: number;
}

/** A 1x1 transparent GIF, the placeholder lazy-loading pages put in `src`. */
const PLACEHOLDER_GIF = 'data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7';

/** Chinese and Japanese paragraphs open with two ideographic spaces, as in the archives. */
function paragraph(lang: Language, text: string): string {
  return lang === 'zh' || lang === 'ja' ? `<p>　　${text}</p>` : `<p>${text}</p>`;
}

function image(url: string, lazy: boolean, alt = ''): string {
  const altAttr = alt ? ` alt="${alt}"` : '';
  return lazy
    ? `<img class="lazyload" src="${PLACEHOLDER_GIF}" data-src="${url}"${altAttr} referrerpolicy="no-referrer">`
    : `<img src="${url}"${altAttr} referrerpolicy="no-referrer">`;
}

function hexId(r: Rng): string {
  return r.int(0, 0xfffffff).toString(16);
}

function link(r: Rng, lang: Language): string {
  const label = lang === 'en' ? 'Read the full report' : lang === 'ja' ? '詳しくはこちら' : lang === 'ko' ? '원문 보기' : '点击查看原文';
  return paragraph(lang, `${newsSentence(r, lang)}<a href="https://news.example.com/a/${hexId(r)}.html" target="_blank">${label}</a>`);
}

function list(r: Rng, lang: Language): string {
  const tag = r.chance(0.5) ? 'ul' : 'ol';
  const items: string[] = [];
  for (let i = r.int(3, 5); i > 0; i--) items.push(`<li>${newsSentence(r, lang)}</li>`);
  return `<${tag}>${items.join('')}</${tag}>`;
}

function table(r: Rng, lang: Language): string {
  const head = lang === 'en' ? ['Item', 'This year', 'Last year', 'Change'] : ['指标', '本期', '上年同期', '变化'];
  const names = lang === 'en' ? ['Revenue', 'Users', 'Orders', 'Exports', 'Visitors'] : ['营收（亿元）', '用户（万人）', '订单量（万单）', '出口额（亿元）', '客流（万人次）'];
  let rows = `<tr>${head.map((h) => `<th>${h}</th>`).join('')}</tr>`;
  for (let i = r.int(2, 5); i > 0; i--) {
    const now = r.int(10, 999);
    const before = r.int(10, 999);
    const change = (((now - before) / before) * 100).toFixed(1);
    rows += `<tr><td>${r.pick(names)}</td><td>${now}</td><td>${before}</td><td>${change}%</td></tr>`;
  }
  return `<table border="1" cellspacing="0"><tbody>${rows}</tbody></table>`;
}

function qrBoilerplate(r: Rng, o: BodyOptions): string {
  const pad = ' '.repeat(12);
  return [
    `<!-- 文末二维码 start -->`,
    ``,
    `${pad}<style>`,
    `${pad}.qr-box{border:1px solid #E0E0E0;padding:10px;}`,
    `${pad}.qr-box img{width:80px;float:left;}`,
    `${pad}.qr-box-text{float:left;font-size:18px;line-height:80px;padding-left:16px;color:#444;}`,
    `${pad}</style>`,
    `${pad}<div class="clearfix qr-box">`,
    `${pad}    <div class="qr-box-img"><img src="${o.images.url(r, o.category)}" referrerpolicy="no-referrer"></div>`,
    `${pad}    <div class="qr-box-text">扫码下载${o.source}APP，随时随地看新闻</div>`,
    `${pad}</div>`,
    `${pad}<!-- 文末二维码 end -->`,
    ``,
    `<!-- 编辑姓名及工作代码 -->`,
  ].join('\n');
}

export function renderBody(r: Rng, o: BodyOptions): string {
  const { lang, quirks } = o;
  const lazy = quirks.has('lazy-image');
  const parts: string[] = [];
  let bytes = 0;
  const add = (html: string) => {
    parts.push(html);
    bytes += Buffer.byteLength(html);
  };

  if (o.leadImage) {
    add(r.chance(0.3)
      ? `<figure>${image(o.leadImage, lazy, newsSentence(r, lang))}<figcaption>${newsTitle(r, lang)}</figcaption></figure>`
      : `<p>${image(o.leadImage, lazy)}</p>`);
  }
  if (quirks.has('iframe')) {
    add(`<p><iframe src="https://player.example.com/embed/${hexId(r)}" width="640" height="360" frameborder="0" allowfullscreen></iframe></p>`);
  }
  if (quirks.has('brace-text')) {
    add(paragraph(lang, `模板变量 {title} 未被替换，原文显示为 {{ item.summary }}，代码片段 function show() { return {ok: true}; } 也被一并抓取。`));
  }
  while (bytes < o.targetBytes) {
    const roll = r.next();
    if (roll < 0.06 && o.leadImage) add(`<p>${image(o.images.url(r, o.category), lazy)}</p>`);
    else if (roll < 0.12) add(link(r, lang));
    else if (roll < 0.17) add(r.chance(0.5) ? `<h2>${newsTitle(r, lang)}</h2>` : `<p><strong>${newsTitle(r, lang)}</strong></p>`);
    else if (roll < 0.2) add(list(r, lang));
    else if (roll < 0.22) add(table(r, lang));
    else if (roll < 0.24) add(`<blockquote><p>${newsParagraph(r, lang)}</p></blockquote>`);
    else add(paragraph(lang, newsParagraph(r, lang)));
  }
  if (quirks.has('iframe-marker')) add(`\n\n\n<!-- 正文下iframe -->\n\n\n<!-- 正文下iframe -->\n`);
  if (quirks.has('qr-boilerplate')) add(qrBoilerplate(r, o));
  if (lang === 'zh' && r.chance(0.4)) add(`<p class="article-editor">责任编辑：${r.pick(EDITORS)} </p>`);
  return `<div>   \n${parts.join('\n')}\n  \n</div>\n            `;
}
