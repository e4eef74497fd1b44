// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { sanitizeArticleHtml } from './sanitize-article-html.ts';

describe('sanitizeArticleHtml', () => {
  it('keeps ordinary paragraphs and their full-width indent', () => {
    expect(sanitizeArticleHtml('<p>　　原标题：通知</p>')).toBe('<p>　　原标题：通知</p>');
  });
  it('removes script elements', () => {
    expect(sanitizeArticleHtml('<p>a</p><script>alert(1)</script>')).toBe('<p>a</p>');
  });
  it('removes style elements', () => {
    expect(sanitizeArticleHtml('<style>p{color:red}</style><p>a</p>')).toBe('<p>a</p>');
  });
  it('removes iframes', () => {
    expect(sanitizeArticleHtml('<iframe src="https://example.com"></iframe><p>a</p>')).toBe('<p>a</p>');
  });
  it('removes forms and keeps nothing of their controls', () => {
    expect(sanitizeArticleHtml('<form action="/x"><input name="q"></form><p>a</p>')).toBe('<p>a</p>');
  });
  // DOMPurify's defaults drop these as well; the tests pin the outcome whatever the defaults become.
  it('removes object and embed', () => {
    expect(sanitizeArticleHtml('<object data="x.swf"></object><embed src="x.swf"><p>a</p>')).toBe('<p>a</p>');
  });
  it('removes base, meta and link', () => {
    expect(sanitizeArticleHtml('<base href="https://evil.example/"><meta http-equiv="refresh" content="0"><link rel="stylesheet" href="x.css"><p>a</p>'))
      .toBe('<p>a</p>');
  });
  it('removes style attributes', () => {
    expect(sanitizeArticleHtml('<p style="color:red">a</p>')).toBe('<p>a</p>');
  });
  it('removes inline event handlers', () => {
    expect(sanitizeArticleHtml('<p onclick="x()">a</p>')).toBe('<p>a</p>');
  });
  it('removes javascript: links', () => {
    expect(sanitizeArticleHtml('<a href="javascript:alert(1)">a</a>')).toBe('<a target="_blank" rel="noopener noreferrer">a</a>');
  });
  it('removes data: image sources', () => {
    expect(sanitizeArticleHtml('<img src="data:image/png;base64,AAAA" alt="x">'))
      .toBe('<img alt="x" loading="lazy" decoding="async" referrerpolicy="no-referrer">');
  });
  it('removes data: candidates in srcset', () => {
    expect(sanitizeArticleHtml('<img srcset="a.png 1x, data:image/png;base64,AAAA 2x">'))
      .toBe('<img loading="lazy" decoding="async" referrerpolicy="no-referrer" alt="">');
  });
  it('opens links in a new tab without opener or referrer', () => {
    expect(sanitizeArticleHtml('<a href="https://example.com/a">a</a>'))
      .toBe('<a href="https://example.com/a" target="_blank" rel="noopener noreferrer">a</a>');
  });
  it('loads images lazily without a referrer and keeps their size', () => {
    expect(sanitizeArticleHtml('<img src="https://n.sinaimg.cn/a.jpg" width="640" height="480">'))
      .toBe('<img src="https://n.sinaimg.cn/a.jpg" width="640" height="480" loading="lazy" decoding="async" referrerpolicy="no-referrer" alt="">');
  });
  it('keeps relative image paths', () => {
    expect(sanitizeArticleHtml('<img src="images/a.png">'))
      .toBe('<img src="images/a.png" loading="lazy" decoding="async" referrerpolicy="no-referrer" alt="">');
  });
  it('removes svg content', () => {
    expect(sanitizeArticleHtml('<svg><script>alert(1)</script></svg><p>a</p>')).toBe('<p>a</p>');
  });
});

describe('sanitizeArticleHtml: DOM clobbering', () => {
  it('removes id and name, which would shadow globals such as window.location or document.cookie', () => {
    expect(sanitizeArticleHtml('<a id="__xss" href="https://a.example/">a</a><img name="cookie" src="https://a.example/i.png"><p id="main">p</p>'))
      .toBe('<a href="https://a.example/" target="_blank" rel="noopener noreferrer">a</a><img src="https://a.example/i.png" loading="lazy" decoding="async" referrerpolicy="no-referrer" alt=""><p>p</p>');
  });
});

describe('sanitizeArticleHtml: inert containers', () => {
  it('removes template elements with their content', () => {
    expect(sanitizeArticleHtml('<template><img src=x onerror=alert(1)></template><p>a</p>')).toBe('<p>a</p>');
  });
});

describe('image descriptions', () => {
  it('marks an image without alt as decorative and keeps a given alt', () => {
    expect(sanitizeArticleHtml('<img src="/a.png">')).toBe('<img src="/a.png" loading="lazy" decoding="async" referrerpolicy="no-referrer" alt="">');
    expect(sanitizeArticleHtml('<img src="/a.png" alt="图表">')).toBe('<img src="/a.png" alt="图表" loading="lazy" decoding="async" referrerpolicy="no-referrer">');
  });
});
