import { describe, expect, it } from 'vitest';
import { cleanBody } from './clean-body.ts';

const url = { postDir: '博客/feed', assetBase: '/data/assets/' };
const html = (input: string) => cleanBody(input, url).html;

describe('cleanBody: elements', () => {
  it('drops comments, scripts, styles, noscript, templates, forms, embeds and head tags with their content', () => {
    expect(
      html(
        '<!-- c --><script>x()</script><style>p{}</style><noscript>n</noscript><template>t</template>' +
          '<form><label>L</label><input><button>B</button><select><option>O</option></select><textarea>T</textarea></form>' +
          '<object>o</object><embed src="x"><applet>a</applet><meta charset="x"><link rel="x"><base href="/"><p>kept</p>',
      ),
    ).toBe('<p>kept</p>');
  });

  it('unwraps unknown tags (font, center) and keeps their text', () => {
    expect(html('<center><font color="red">红</font>字</center>')).toBe('红字');
  });

  it('removes the single wrapper div every feed post has', () => {
    expect(html('<div>  <p>a</p> </div>')).toBe('<p>a</p>');
    expect(html('<div><p>a</p></div><div><p>b</p></div>')).toBe('<div><p>a</p></div><div><p>b</p></div>');
  });

  it('removes empty wrappers and empty paragraphs', () => {
    expect(html('<div><div> </div><p><br></p><span></span><p>a</p></div><section>\n</section>')).toBe('<div><p>a</p></div>');
  });

  it('keeps tables, lists and their allowed attributes only', () => {
    expect(
      html('<table class="t"><tbody><tr><td colspan="2" rowspan="x" style="a">1</td></tr></tbody></table><ol start="3" type="a"><li>i</li></ol>'),
    ).toBe('<table><tbody><tr><td colspan="2">1</td></tr></tbody></table><ol start="3"><li>i</li></ol>');
  });

  it('keeps time[datetime] and drops class, style, id and event handlers everywhere', () => {
    expect(html('<p id="a" class="b" style="c" onclick="d" name="e"><time datetime="2021-03-23">今天</time></p>')).toBe(
      '<p><time datetime="2021-03-23">今天</time></p>',
    );
  });
});

describe('cleanBody: feed boilerplate', () => {
  it('removes the appendQr block and reports its image', () => {
    const result = cleanBody(
      '<p>正文</p><div class="clearfix appendQr_wrap"><div class="appendQr_normal"><img src="https://a/qr.png"></div>' +
        '<div class="appendQr_normal_txt">海量资讯、精准解读，尽在新浪财经APP</div></div>',
      url,
    );
    expect(result).toEqual({ html: '<p>正文</p>', text: ' 正文 ', images: [], boilerplateImages: ['https://a/qr.png'], depth: 3 });
  });

  it('removes a classless "download the app" QR block', () => {
    expect(html('<p>正文</p><div><img src="https://a/qr.png"><p>扫码下载新浪财经APP</p></div>')).toBe('<p>正文</p>');
  });

  it('keeps a long paragraph that merely mentions an app', () => {
    const long = `请下载APP阅读。${'很长的正文。'.repeat(30)}`;
    expect(html(`<div><img src="https://a/x.png"><p>${long}</p></div><p>b</p>`)).toBe(
      `<div><img src="https://a/x.png"><p>${long}</p></div><p>b</p>`,
    );
  });

  it('removes article_adlist leftovers written as text', () => {
    expect(html('<p>正文article_adlist[举报/反馈]article_adlist</p>')).toBe('<p>正文</p>');
  });
});

describe('cleanBody: whitespace', () => {
  it('drops whitespace between blocks and collapses runs inside text, keeping U+3000', () => {
    expect(html('<p>　　a \n\n b</p>\n\n\n   <p> c <b>d</b> <i>e</i> </p>')).toBe('<p>　　a b</p><p>c <b>d</b> <i>e</i></p>');
  });

  it('keeps whitespace inside pre', () => {
    expect(html('<pre><code>a\n    b</code></pre>')).toBe('<pre><code>a\n    b</code></pre>');
  });

  it('escapes text and attribute values', () => {
    expect(html('<p>a &lt;b&gt; &amp; "c"</p><a href="https://x/?a=1&amp;b=&quot;2&quot;">l</a>')).toBe(
      '<p>a &lt;b&gt; &amp; "c"</p><a href="https://x/?a=1&amp;b=&quot;2&quot;">l</a>',
    );
  });
});

describe('cleanBody: links and media', () => {
  it('keeps http(s) and mailto links; drops javascript: and relative hrefs but keeps their text', () => {
    expect(
      html('<p><a href="https://a/" title="T" target="_blank">1</a><a href="mailto:x@y">2</a><a href="java\tscript:x">3</a><a href="../x.html">4</a></p>'),
    ).toBe('<p><a href="https://a/" title="T">1</a><a href="mailto:x@y">2</a>34</p>');
  });

  it('uses the lazy-load source when src is missing or a data: placeholder', () => {
    const result = cleanBody(
      '<img src="data:image/gif;base64,R0lGOD" data-src="https://a/1.jpg" alt="x"><img data-original="https://a/2.jpg"><img data-lazy-src="https://a/3.jpg" src="">',
      url,
    );
    expect(result.html).toBe('<img src="https://a/1.jpg" alt="x"><img src="https://a/2.jpg"><img src="https://a/3.jpg">');
    expect(result.images).toEqual(['https://a/1.jpg', 'https://a/2.jpg', 'https://a/3.jpg']);
  });

  it('drops images without a usable source', () => {
    expect(html('<p>a<img src="data:image/png;base64,xx"><img src="javascript:x"><img></p>')).toBe('<p>a</p>');
  });

  it('reads protocol-relative URLs as https', () => {
    expect(html('<img src="//n.sinaimg.cn/a.jpg">')).toBe('<img src="https://n.sinaimg.cn/a.jpg">');
  });

  it('rewrites relative media under assetBase, from the post folder or the content root', () => {
    expect(html('<img src="img/图 1.png"><img src="../up.png"><img src="/root.png"><img src="../../../../x.png">')).toBe(
      '<img src="/data/assets/%E5%8D%9A%E5%AE%A2/feed/img/%E5%9B%BE%201.png">' +
        '<img src="/data/assets/%E5%8D%9A%E5%AE%A2/up.png"><img src="/data/assets/root.png"><img src="/data/assets/x.png">',
    );
  });

  it('drops an empty title but keeps an empty alt', () => {
    expect(html('<img src="https://a/1.jpg" alt="" title=" ">')).toBe('<img src="https://a/1.jpg" alt="">');
  });

  it('keeps image size attributes only when they are sizes', () => {
    expect(html('<img src="https://a/1.jpg" width="640" height="auto" title="t">')).toBe('<img src="https://a/1.jpg" title="t" width="640">');
  });

  it('forces controls on video and audio and drops autoplay and srcset', () => {
    expect(
      html(
        '<video autoplay muted loop src="https://a/v.mp4" poster="p.jpg"> <source src="https://a/v.webm" type="video/webm"><source srcset="/x.webp"></video><audio autoplay src="https://a/a.mp3"></audio>',
      ),
    ).toBe(
      '<video src="https://a/v.mp4" poster="/data/assets/%E5%8D%9A%E5%AE%A2/feed/p.jpg" controls><source src="https://a/v.webm" type="video/webm"></video><audio src="https://a/a.mp3" controls></audio>',
    );
  });

  it('turns an iframe into a paragraph link to its host, or a bare link inside a paragraph', () => {
    expect(html('<iframe src="https://youtube.com/embed/x" width="640"></iframe><p>看<iframe src="//player.bilibili.com/p?aid=1"></iframe></p>')).toBe(
      '<p><a href="https://youtube.com/embed/x">youtube.com</a></p><p>看<a href="https://player.bilibili.com/p?aid=1">player.bilibili.com</a></p>',
    );
  });

  it('drops iframes without a usable src', () => {
    expect(html('<p>a</p><iframe src="javascript:x"></iframe><iframe></iframe><iframe src="local.html"></iframe>')).toBe('<p>a</p>');
  });

  it('gives plain text without alt text, blocks separated by spaces', () => {
    expect(cleanBody('<p>一</p><p>二<img src="https://a/x.png" alt="图"><br>三</p>', url).text.replace(/\s+/g, ' ').trim()).toBe('一 二三');
  });
});
