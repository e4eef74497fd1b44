import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Message } from '../../report/codes.ts';
import { DEFAULT_POST_OPTIONS, MAX_BODY_LENGTH, MAX_TITLE_LENGTH, parsePost, type PostOptions } from './parse-post.ts';

const fixture = (name: string) => readFileSync(new URL(`./fixtures/${name}`, import.meta.url));
const texts = (messages: readonly Message[]) => messages.map((message) => message.text);
const utf8 = (s: string) => new TextEncoder().encode(s);
const run = (name: string, opts: Partial<PostOptions> = {}) =>
  parsePost(`feeds/${name}`, fixture(name), { ...DEFAULT_POST_OPTIONS, ...opts });

/** A post in the feeds' layout with the given front-matter lines and body. */
function post(frontMatter: string, body = '<div><p>正文</p></div>'): string {
  return `\n---\n${frontMatter}\ncomments: false\n---\n\n${body}\n`;
}
const runText = (text: string, opts: Partial<PostOptions> = {}, relPath = 'feeds/a.md') =>
  parsePost(relPath, utf8(text), { ...DEFAULT_POST_OPTIONS, ...opts });

describe('parsePost: a seed-like Sina post', () => {
  const result = run('sina-qr-boilerplate.md');

  it('keeps the article and reads every field', () => {
    expect(result.status).toBe('ok');
    expect(texts(result.messages)).toEqual([]);
    expect(result.post).toMatchObject({
      title: '市场监管总局发布通知',
      date: '2021-12-24T08:07:41.000Z',
      day: '2021-12-24',
      categoryPath: ['金融', '新浪财经', '新浪财经－国內'],
      author: '新浪财经',
    });
  });

  it('removes the app QR block, comments, styles and empty wrappers, keeping U+3000 indents', () => {
    expect(result.post!.html).toBe(
      '<p>　　原标题：市场监管总局发布通知</p><p>　　新华社北京12月24日电。</p><p>责任编辑：蒋晓桐</p>',
    );
  });

  it('ignores the thumbnail that is only the removed QR code', () => {
    expect(result.post!.thumb).toBeNull();
    expect(result.post!.hero).toBe(false);
  });

  it('makes a plain-text excerpt', () => {
    expect(result.post!.excerpt).toBe('原标题：市场监管总局发布通知 新华社北京12月24日电。 责任编辑：蒋晓桐');
  });
});

describe('parsePost: file encoding and layout', () => {
  const base = fixture('title-hash.md').toString('utf8');

  it('reads a file that starts with a UTF-8 BOM', () => {
    const result = parsePost('a.md', new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(base)]), DEFAULT_POST_OPTIONS);
    expect(result.post!.title).toBe('#');
  });

  it('reads CRLF line ends', () => {
    const result = runText(base.replace(/\n/g, '\r\n'));
    expect(result.post!.title).toBe('#');
    expect(result.post!.date).toBe('2021-03-22T01:53:00.000Z');
    expect(result.post!.categoryPath).toEqual(['社交媒体']);
  });

  it('allows several blank lines before the opening ---', () => {
    const result = runText(`\n  \n\n${base}`);
    expect(result.status).toBe('warning');
    expect(result.post!.title).toBe('#');
  });

  it('decodes invalid UTF-8 with replacement characters and warns', () => {
    const bytes = utf8(post('title: caf\u00e9 ok\ndate: 2021-03-23'));
    const at = bytes.indexOf(0xc3);
    const broken = new Uint8Array([...bytes.slice(0, at), 0xff, ...bytes.slice(at + 2)]);
    const result = parsePost('a.md', broken, DEFAULT_POST_OPTIONS);
    expect(result.status).toBe('warning');
    expect(result.post!.title).toBe('caf\uFFFD ok');
    expect(texts(result.messages)).toEqual(['file is not valid UTF-8: 1 invalid byte sequence(s) replaced with U+FFFD']);
  });
});

describe('parsePost: skipped files say why', () => {
  it.each([
    ['an empty file', new Uint8Array(), 'file-empty', 'empty file'],
    ['a whitespace-only file', utf8(' \n\n'), 'file-empty', 'empty file (only whitespace)'],
    ['a binary file', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]), 'file-binary', 'binary file (contains NUL bytes)'],
    ['a file of invalid UTF-8', new Uint8Array([0xff, 0xfe, 0xfd, 0x41, 0xc0, 0xc1]), 'file-binary', 'binary file (83% of characters are not valid UTF-8)'],
    ['a file without front matter', utf8('<p>hello</p>\n'), 'front-matter-missing', "no front matter (expected a '---' block at the top)"],
    ['unclosed front matter', utf8('---\ntitle: a\n<p>body</p>\n'), 'front-matter-missing', "front matter never closed (no '---' line after the opening one)"],
    ['front matter that is a YAML list', utf8('---\n- a\n- b\n---\n<p>x</p>'), 'yaml-unrecoverable', 'front matter is a YAML list, not key: value pairs and has no key: value lines'],
    ['front matter that is a scalar', utf8('---\njust words\n---\n<p>x</p>'), 'yaml-unrecoverable', 'front matter is a YAML scalar, not key: value pairs and has no key: value lines'],
  ] as const)('skips %s', (_, bytes, code, text) => {
    expect(parsePost('a.md', bytes, DEFAULT_POST_OPTIONS)).toEqual({ status: 'skipped', messages: [{ code, text }], post: null });
  });

  it('skips a post with no title, no body text and a blank file name', () => {
    const result = parsePost('学习/ .md', fixture('title-empty-no-body.md'), DEFAULT_POST_OPTIONS);
    expect(result).toEqual({
      status: 'skipped',
      messages: [{ code: 'title-none', text: 'title is empty, the body has no text and the file name is blank; nothing to call the article' }],
      post: null,
    });
  });
});

describe('parsePost: titles', () => {
  it('keeps the ideographic spaces of a CJK headline and collapses line breaks and ASCII space runs', () => {
    expect(runText(post('title: 3人打針後血管迷走神經昏厥　醫生：正常反射動作　毋關疫苗成份')).post!.title).toBe('3人打針後血管迷走神經昏厥　醫生：正常反射動作　毋關疫苗成份');
    expect(runText(post('title: "第一行\n  第二行   第三段"')).post!.title).toBe('第一行 第二行 第三段');
  });

  it('decodes brace escapes after YAML (which would read `&#123;` as an anchor)', () => {
    const result = run('brace-escapes.md');
    expect(result.post!.title).toBe('{Vue} 模板 & 插值');
    expect(texts(result.messages)).toEqual([
      'title: YAML reads "模板 &amp; 插值" but the line says "&#123;Vue&#125; 模板 &amp; 插值"; the line was used',
    ]);
  });

  it('decodes brace escapes in the body as ordinary entities', () => {
    expect(run('brace-escapes.md').post!.html).toBe('<p>写作 {{ msg }} 即可</p>');
  });

  it('recovers a title holding both quote kinds, stripping one pair of outer quotes', () => {
    const result = run('title-both-quotes.md');
    expect(result.post!.title).toBe(`""""""'SP'""""""`);
    expect(result.post!.categoryPath).toEqual(['二次元', 'AGE 动漫 - 番剧详情']);
    expect(texts(result.messages)).toEqual([
      'front matter is not valid YAML (Unexpected double-quoted-scalar at node end); fields recovered line by line',
    ]);
  });

  it('keeps `title: #`, which YAML reads as a comment', () => {
    const result = run('title-hash.md');
    expect(result.post!.title).toBe('#');
    expect(texts(result.messages)).toEqual(['title: YAML reads it as empty, but its line says "#"; value taken from the line']);
  });

  it('keeps a title starting with @, which YAML rejects', () => {
    const result = run('title-at.md');
    expect(result.post!.title).toBe('@大道无形我有型 关注了股票 AMC娱乐');
    expect(result.post!.author).toBe('雪球');
    expect(texts(result.messages)).toEqual([
      'front matter is not valid YAML (Plain value cannot start with reserved character @); fields recovered line by line',
    ]);
  });

  it('joins a title spread over several lines with single spaces', () => {
    const result = run('title-multiline.md');
    expect(result.post!.title).toBe('2021年03月23日 割引終了 衣装Change PSD ラ○カ&シ○リル');
    expect(result.post!.date).toBe('2021-03-23T10:00:00.000Z');
  });

  it('keeps the text after ` #` of an unquoted title', () => {
    const result = runText(post('title: C# tips #3\ndate: 2021-03-23'));
    expect(result.post!.title).toBe('C# tips #3');
  });

  it("turns '' into ' in a single-quoted title", () => {
    expect(runText(post("title: 'It''s here'\ndate: 2021-03-23")).post!.title).toBe("It's here");
  });

  it('falls back to the start of the body for an empty title', () => {
    const result = run('title-empty.md');
    expect(result.post!.title).toBe('来源：三个设计师 原标题：2021年草莓音乐节主视觉公布！也太赞了吧！嗨爆了！最近草莓音乐节携年度主题回归');
    expect(texts(result.messages)).toEqual([
      'title is empty; used the start of the body "来源：三个设计师 原标题：2021年草莓音乐节主视觉公布！也太赞了吧！嗨爆了！最近草莓音乐节携年度主题回归"',
    ]);
  });

  it('falls back to the file name when the title is empty and the body has no text', () => {
    const result = run('title-empty-no-body.md');
    expect(result.post!.title).toBe('title-empty-no-body');
    expect(texts(result.messages)).toEqual(['title is empty and the body has no text; used the file name "title-empty-no-body"']);
  });

  it('says "missing" when there is no title key at all', () => {
    const result = runText(post('date: 2021-03-23'), {}, 'x/Some Name.md');
    expect(result.post!.title).toBe('正文');
    expect(texts(result.messages)).toEqual(['title is missing; used the start of the body "正文"']);
  });
});

describe('parsePost: dates', () => {
  const dateOf = (date: string, opts: Partial<PostOptions> = {}) => {
    const result = runText(post(`title: t\ndate: ${date}`), opts);
    return { date: result.post!.date, day: result.post!.day, messages: texts(result.messages) };
  };

  it.each([
    ['Fri, 24 Dec 2021 08:07:41 GMT', {}, '2021-12-24T08:07:41.000Z', '2021-12-24'],
    ['2021-03-23 10:00:00', {}, '2021-03-23T10:00:00.000Z', '2021-03-23'],
    ['2021-03-23 10:00:00', { sourceTimeZone: 'Asia/Shanghai' }, '2021-03-23T02:00:00.000Z', '2021-03-23'],
    ['2021-03-13 10:00:00', { sourceTimeZone: 'America/Los_Angeles' }, '2021-03-13T18:00:00.000Z', '2021-03-14'],
    ['2021-03-14 10:00:00', { sourceTimeZone: 'America/Los_Angeles' }, '2021-03-14T17:00:00.000Z', '2021-03-15'],
    ['2021-03-23T10:00:00Z', {}, '2021-03-23T10:00:00.000Z', '2021-03-23'],
    ['2021-03-23T10:00:00+08:00', {}, '2021-03-23T02:00:00.000Z', '2021-03-23'],
    ['2021-03-23T10:00:00.5-05:00', {}, '2021-03-23T15:00:00.500Z', '2021-03-23'],
    ['2021-03-23T10:00:00', { sourceTimeZone: 'Asia/Shanghai' }, '2021-03-23T02:00:00.000Z', '2021-03-23'],
    ['2021/03/23 10:00', {}, '2021-03-23T10:00:00.000Z', '2021-03-23'],
    ['2021-03-23', {}, '2021-03-23T00:00:00.000Z', '2021-03-23'],
    ['2021-03-23', { sourceTimeZone: 'Asia/Shanghai' }, '2021-03-22T16:00:00.000Z', '2021-03-23'],
    ['"2021-03-23 23:30:00"', { archiveTimeZone: 'UTC' }, '2021-03-23T23:30:00.000Z', '2021-03-23'],
    // History is not an error: a feed of prize winners, an "on this day" column.
    ['Thu, 31 Dec 1936 00:00:00 GMT', {}, '1936-12-31T00:00:00.000Z', '1936-12-31'],
    ['1969-07-20 20:17:40', { sourceTimeZone: 'UTC', archiveTimeZone: 'UTC' }, '1969-07-20T20:17:40.000Z', '1969-07-20'],
    ['1000-01-01', { sourceTimeZone: 'UTC', archiveTimeZone: 'UTC' }, '1000-01-01T00:00:00.000Z', '1000-01-01'],
    ['2999-12-31T23:59:59Z', { archiveTimeZone: 'UTC' }, '2999-12-31T23:59:59.000Z', '2999-12-31'],
  ])('reads %s (%o) as %s, day %s', (input, opts, iso, day) => {
    expect(dateOf(input, opts)).toEqual({ date: iso, day, messages: [] });
  });

  it.each([
    ['Invalid Date', 'date "Invalid Date" not understood; article kept as undated'],
    ['2021-02-30', 'date "2021-02-30" is not a real calendar date; article kept as undated'],
    ['2021-03-23 24:00:00', 'date "2021-03-23 24:00:00" is not a real calendar date; article kept as undated'],
    ['Fri, 01 Jan 0900 00:00:00 GMT', 'date "Fri, 01 Jan 0900 00:00:00 GMT" is before the year 1000 or after 2999; article kept as undated'],
    ['3000-01-01', 'date "3000-01-01" is before the year 1000 or after 2999; article kept as undated'],
    ["''", 'date is empty; article kept as undated'],
  ])('keeps %s as undated with a warning', (input, message) => {
    expect(dateOf(input)).toEqual({ date: null, day: null, messages: [message] });
  });

  it('warns when there is no date key', () => {
    expect(texts(runText(post('title: t')).messages)).toEqual(['date is missing; article kept as undated']);
  });
});

describe('parsePost: categories', () => {
  const categoriesOf = (yaml: string) => {
    const result = runText(post(`title: t\ndate: 2021-03-23\n${yaml}`));
    return { path: result.post!.categoryPath, messages: texts(result.messages) };
  };

  it.each([
    ['categories: \n - 新闻', ['新闻']],
    ['categories: \n - 新闻\n - 国内', ['新闻', '国内']],
    ['categories: \n - 金融\n - 新浪财经\n - 新浪财经－国內', ['金融', '新浪财经', '新浪财经－国內']],
    ['categories: 单个 &amp; 名字', ['单个 & 名字']],
    ['categories: \n - 2021', ['2021']],
  ])('reads %j', (yaml, path) => {
    expect(categoriesOf(yaml)).toEqual({ path, messages: [] });
  });

  it('keeps the first 3 of 4 levels and warns', () => {
    expect(categoriesOf('categories: \n - a\n - b\n - c\n - d')).toEqual({
      path: ['a', 'b', 'c'],
      messages: ['categories has 4 levels; kept the first 3 and dropped "d"'],
    });
  });

  it('drops null and empty entries with a warning', () => {
    expect(categoriesOf("categories: \n - a\n -\n - ''\n - b")).toEqual({
      path: ['a', 'b'],
      messages: ['categories entry 2 is empty; dropped', 'categories entry 3 is empty; dropped'],
    });
  });

  it('drops mapping entries with a warning', () => {
    expect(categoriesOf('categories: \n - a\n - k: v')).toEqual({
      path: ['a'],
      messages: ['categories entry 2 is a mapping, not a name; dropped'],
    });
  });

  it('reads the generator\'s `-  - news` as the name "news"', () => {
    expect(categoriesOf('categories: \n - 二次元\n -  - news')).toEqual({
      path: ['二次元', 'news'],
      messages: ['categories entry 2 is a nested list ["news"]; used "news"'],
    });
  });

  it('has no category when the key is missing', () => {
    expect(categoriesOf('author: x')).toEqual({ path: [], messages: [] });
  });
});

describe('parsePost: thumbnails', () => {
  const withImage = '<div><p>前言</p><img src="https://img.example.com/body.jpg"></div>';
  const thumbOf = (yaml: string, body = withImage, relPath = 'feeds/a.md') => {
    const result = runText(post(`title: t\ndate: 2021-03-23\n${yaml}`, body), { assetBase: '/data/assets/' }, relPath);
    return { thumb: result.post!.thumb, hero: result.post!.hero, messages: texts(result.messages) };
  };

  it('prefers thumbnail over headimg, and shows it as hero when the body does not start with it', () => {
    expect(thumbOf("headimg: 'https://a.example/h.jpg'\nthumbnail: 'https://a.example/t.jpg'")).toEqual({
      thumb: 'https://a.example/t.jpg',
      hero: true,
      messages: [],
    });
  });

  it('uses headimg when thumbnail is empty', () => {
    expect(thumbOf("headimg: 'https://a.example/h.jpg'\nthumbnail: ''").thumb).toBe('https://a.example/h.jpg');
  });

  it('uses the first body image when thumbnail is missing or blank, without a hero', () => {
    expect(thumbOf('thumbnail: ')).toEqual({ thumb: 'https://img.example.com/body.jpg', hero: false, messages: [] });
    expect(thumbOf('author: x').thumb).toBe('https://img.example.com/body.jpg');
  });

  it('is null when there is no image anywhere', () => {
    expect(thumbOf("thumbnail: ''", '<p>text</p>')).toEqual({ thumb: null, hero: false, messages: [] });
  });

  it('drops a javascript: thumbnail with a warning', () => {
    expect(thumbOf("thumbnail: 'javascript:alert(1)'")).toEqual({
      thumb: 'https://img.example.com/body.jpg',
      hero: false,
      messages: ['thumbnail "javascript:alert(1)" is not an http(s) or relative URL; ignored'],
    });
  });

  it('resolves a relative thumbnail against the post folder under assetBase', () => {
    expect(thumbOf('thumbnail: img/封面.png', '<p>x</p>', '博客/a.md').thumb).toBe(
      '/data/assets/%E5%8D%9A%E5%AE%A2/img/%E5%B0%81%E9%9D%A2.png',
    );
  });

  it('is not a hero when the body starts with the same image', () => {
    expect(thumbOf("thumbnail: 'https://img.example.com/body.jpg'").hero).toBe(false);
  });
});

describe('parsePost: unsafe body', () => {
  const result = run('unsafe-body.md');

  it('keeps text, safe links and images; drops scripts, handlers, forms, embeds; turns iframes into links', () => {
    expect(result.post!.html).toBe(
      '<p>Hello click and <a href="https://example.com/a?b=1&amp;c=2">there</a>.</p>' +
        '<img src="https://img.example.com/a.jpg" alt="A" width="640">' +
        '<p><a href="https://player.vimeo.com/video/217975882">player.vimeo.com</a></p>',
    );
    expect(result.post!.excerpt).toBe('Hello click and there.');
    expect(result.status).toBe('ok');
  });
});

describe('parsePost: purity', () => {
  it('is pure: the same input gives the same output', () => {
    expect(run('sina-qr-boilerplate.md')).toEqual(run('sina-qr-boilerplate.md'));
  });
});

describe('parsePost: relative media that name no file of the archive', () => {
  const assets = new Set(['博客/img/有.png']);
  const withCheck = { assetExists: (path: string) => assets.has(path) };

  it('keeps an image whose file exists and drops one that does not, with one warning naming it', () => {
    const result = runText(post('title: t\ndate: 2021-03-23', '<p>a<img src="img/有.png"><img src="x"><img src="x"></p>'), withCheck, '博客/a.md');
    expect(result.post!.html).toBe('<p>a<img src="/data/assets/%E5%8D%9A%E5%AE%A2/img/%E6%9C%89.png"></p>');
    expect(texts(result.messages)).toEqual(['image not found in the archive: "x"; dropped']);
  });

  it('counts distinct missing images and quotes at most five', () => {
    const body = `<p>a${['1', '2', '3', '4', '5', '6', '7'].map((n) => `<img src="${n}.png">`).join('')}</p>`;
    expect(texts(runText(post('title: t\ndate: 2021-03-23', body), withCheck, '博客/a.md').messages)).toEqual([
      '7 images not found in the archive: "1.png", "2.png", "3.png", "4.png", "5.png" and 2 more; dropped',
    ]);
  });

  it('drops a missing video poster and audio source too, keeping remote ones', () => {
    const result = runText(
      post('title: t\ndate: 2021-03-23', '<video src="https://v.example/a.mp4" poster="p.jpg"></video><audio><source src="s.mp3"></audio>'),
      withCheck,
    );
    expect(result.post!.html).toBe('<video src="https://v.example/a.mp4" controls></video><audio controls></audio>');
    expect(texts(result.messages)).toEqual(['2 images not found in the archive: "p.jpg", "s.mp3"; dropped']);
  });

  it('ignores a thumbnail naming a missing file, with its own warning', () => {
    const result = runText(post("title: t\ndate: 2021-03-23\nthumbnail: 'cover.png'", '<p>x</p>'), withCheck, '博客/a.md');
    expect(result.post!.thumb).toBeNull();
    expect(texts(result.messages)).toEqual(['thumbnail "cover.png" is not found in the archive; ignored']);
  });

  it('keeps every relative image when no check is given (the default)', () => {
    expect(runText(post('title: t\ndate: 2021-03-23', '<p>a<img src="x"></p>')).post!.html).toBe('<p>a<img src="/data/assets/feeds/x"></p>');
  });
});

describe('parsePost: oversized and deep input', () => {
  it('keeps the first MAX_BODY_LENGTH characters of a huge body, cutting before a tag, with a warning', () => {
    const paragraph = '<p>长文</p>'; // 9 characters
    const body = paragraph.repeat(Math.ceil((MAX_BODY_LENGTH + 100) / paragraph.length));
    const result = runText(post('title: t\ndate: 2021-03-23', body));
    // The body as split starts with one newline; the cut falls before the `<p>` that crosses the limit.
    const whole = Math.floor((MAX_BODY_LENGTH - 1) / paragraph.length);
    expect(texts(result.messages)).toEqual([
      `body is ${body.length + 2} characters long; only the first ${1 + whole * paragraph.length} were kept`,
    ]);
    expect(result.post!.html).toBe(paragraph.repeat(whole));
  });

  it('unwraps tags nested deeper than 100 levels, keeping their text and images, with a warning', () => {
    const body = `${'<div>'.repeat(500)}深<img src="https://i.example/a.png">${'</div>'.repeat(500)}`;
    const result = runText(post('title: t\ndate: 2021-03-23', body));
    expect(texts(result.messages)).toEqual(['body HTML is nested 501 levels deep; tags below level 100 were unwrapped, their text kept']);
    expect(result.post!.html).toBe(`${'<div>'.repeat(99)}深<img src="https://i.example/a.png">${'</div>'.repeat(99)}`);
  });

  it('cuts a 10,000-character title to 299 characters and "…", with a warning', () => {
    const result = runText(post(`title: ${'题'.repeat(10_000)}\ndate: 2021-03-23`));
    expect(result.post!.title).toBe(`${'题'.repeat(MAX_TITLE_LENGTH - 1)}…`);
    expect(texts(result.messages)).toEqual([`title is 10000 characters long; cut to the first ${MAX_TITLE_LENGTH - 1} and "…"`]);
  });
});
