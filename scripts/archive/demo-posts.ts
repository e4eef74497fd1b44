/**
 * Hand-written posts of the demo archive: each shows one thing the reader must get right
 * (unsafe HTML, odd titles and names, languages, a long structured article, broken files).
 * All text is invented for this project.
 */
import { feedAuthor, feedCategories, feedFolder, type Feed } from './feeds.ts';
import { fileNameFromTitle, type UniquePaths } from './file-names.ts';
import { brokenQuoted, yamlTitle } from './front-matter.ts';
import { assemblePost, type PostFile } from './post.ts';

export interface DemoFeeds {
  tech: Feed; // 科技 / 星河科技 / 首页 (source/_posts)
  internet: Feed; // "科技/互联网" / 云端观察 / 头条: a category name holding a slash
  finance: Feed; // 财经 / 蓝鲸财讯 / 7x24 快讯 (source/_posts)
  reading: Feed; // 阅读 (one level)
  english: Feed; // 传统媒体 / "Harbor Times - World"
  japanese: Feed; // 摄影 / イラスト速報 / 新着
  korean: Feed; // 影音 / "한빛 뉴스 - 인기"
  design: Feed; // 设计 / 像素工坊 / 作品集 (post/<cat>/<source>/<feed>)
  traditional: Feed; // 传统媒体 / 港灣日報 / 港聞: posts in Traditional characters
}

interface HandWritten {
  feed: Feed;
  title: string;
  /** Front matter title text when it must differ from the default quoting. */
  titleText?: string;
  /** File name (without .md) when it must differ from the title's. */
  fileName?: string;
  date: string;
  image?: string;
  body: string;
}

function render(paths: UniquePaths, p: HandWritten): PostFile {
  const isNew = p.feed.layout === 'source-posts';
  const text = assemblePost({
    frontMatter: {
      style: isNew ? 'new' : 'old',
      titleText: p.titleText ?? yamlTitle(p.title, p.feed.layout === 'post-cat' ? 'plain' : 'quoted'),
      categories: feedCategories(p.feed),
      blankAfterCategories: p.feed.layout === 'post-cat-source-feed',
      headimg: isNew && p.image ? p.image : undefined,
      author: feedAuthor(p.feed),
      date: p.date,
      thumbnail: p.image ?? '',
      quoteUrls: p.feed.layout !== 'post-cat',
    },
    body: `<div>   \n${p.body.trim()}\n  \n</div>\n            `,
  });
  return { path: paths.claim(feedFolder(p.feed), p.fileName ?? fileNameFromTitle(p.title)), text };
}

const p = (text: string) => `<p>　　${text}</p>`;

const LONG_ARTICLE = `
<p><img src="/images/hue00-hills.png" alt="城市轨道交通线路示意" referrerpolicy="no-referrer"></p>
${p('十年前，这座城市只有两条地铁线路，早高峰的站台常常排起长队。如今，十二条线路织成一张覆盖主要城区的网络，日均客流超过四百万人次。本文梳理这十年间的几个关键节点，看看一座城市是如何一点点“长”出自己的轨道交通的。')}
<h2>一、从两条线到一张网</h2>
${p('最初的两条线路呈十字交叉，只覆盖老城区。规划部门在第三年提出“环线加放射线”的思路，先修环线，再把放射线延伸到新城和机场。')}
${p('这一思路的好处是换乘集中、客流均衡；代价是环线施工期间，老城区的几条主干道不得不长期半幅通行。')}
<h3>关键年份</h3>
<ol><li>第一年：两条线路投入运营，全长约四十公里。</li><li>第三年：环线开工，公交线路同步调整。</li><li>第六年：机场快线开通，最高时速一百六十公里。</li><li>第十年：第十二条线路开通，线网总长突破四百公里。</li></ol>
<h2>二、数字里的变化</h2>
${p('下表列出了几个有代表性的年份。需要说明的是，客流数据为全年日均值，节假日高峰并未单独统计。')}
<table border="1" cellspacing="0"><thead><tr><th>年份</th><th>运营线路（条）</th><th>线网长度（公里）</th><th>日均客流（万人次）</th></tr></thead><tbody><tr><td>第一年</td><td>2</td><td>41</td><td>38</td></tr><tr><td>第四年</td><td>5</td><td>132</td><td>126</td></tr><tr><td>第七年</td><td>9</td><td>287</td><td>265</td></tr><tr><td>第十年</td><td>12</td><td>406</td><td>412</td></tr></tbody></table>
${p('可以看到，线网长度和客流几乎同步增长，每多修一公里线路，大约带来一万人次的日均客流。')}
<h2>三、乘客怎么说</h2>
<blockquote><p>“以前从城东到城西要倒三趟公交，路上一个半小时。现在坐环线转一次车，四十分钟就到了。”——一位在城西上班的乘客</p></blockquote>
${p('也有乘客提出了不同的看法：部分换乘站通道过长，高峰时段换乘需要步行近十分钟；夜间末班车时间偏早，加班族常常赶不上。')}
<ul><li>换乘通道过长，指示标识不够清楚；</li><li>末班车时间偏早，夜间出行不便；</li><li>部分车站无障碍设施不足。</li></ul>
<p><img src="/images/hue00-stripes.png" alt="车站换乘通道" referrerpolicy="no-referrer"></p>
<h2>四、下一个十年</h2>
${p('根据最新一轮规划，未来十年将新增约两百公里线路，重点加密新城之间的联系，并试点夜间延时运营。规划同时提出，新建车站要把换乘步行距离控制在三百米以内。')}
${p('轨道交通改变的不只是通勤时间。沿线的老厂房变成了文创园区，郊区的小镇有了周末游客，城市的重心也在悄悄移动。下一个十年，这张网还会继续生长。')}
<p class="article-editor">责任编辑：林小溪 </p>
<p>原文链接：<a href="https://example.org/metro/ten-years">轨道上的十年</a></p>
`;

const ENGLISH_ARTICLE = `
<p><img src="/images/hue06-rings.png" alt="Reading room at night" referrerpolicy="no-referrer"></p>
<p>The harbor district opened its first night library on Friday, keeping the reading room open until two in the morning for shift workers, students and anyone who cannot sleep.</p>
<p>The library occupies the ground floor of a former customs warehouse. Volunteers run the desk after ten, and the collection leans towards short fiction, travel writing and local history.</p>
<h2>Why at night?</h2>
<p>Organisers said a survey of dock and hospital workers found that most public spaces close before their shifts end. "People told us they wanted somewhere warm and quiet that was not a bar," one of the volunteers said.</p>
<ul><li>Opening hours: 18:00 to 02:00, Tuesday to Sunday</li><li>Membership: free, with proof of address</li><li>Events: a reading circle on the first Saturday of each month</li></ul>
<blockquote><p>A city that works around the clock should read around the clock too.</p></blockquote>
<p>The trial runs for six months. If attendance holds, the council plans to open a second site near the railway station next year.</p>
`;

const JAPANESE_ARTICLE = `
<p><img src="/images/hue07-gradient.png" alt="駅前の本屋" referrerpolicy="no-referrer"></p>
<p>　　駅前の小さな本屋が、今月で開店十周年を迎えました。店内には約三千冊の本が並び、そのうち半分以上が店主の選んだ古本です。</p>
<p>　　記念として、週末には地元の作家によるトークイベントと、手作りのしおりを配る企画が行われます。参加は無料で、予約は必要ありません。</p>
<p>　　店主は「これからも、ふらっと立ち寄れる場所でありたい」と話しています。</p>
`;

const KOREAN_ARTICLE = `
<p><img src="/images/hue11-hills.png" alt="작은 도서관" referrerpolicy="no-referrer"></p>
<p>도심 한가운데에 있는 작은 도서관이 주말 야간 개방을 시작했다. 토요일과 일요일에는 밤 열 시까지 문을 연다.</p>
<p>도서관 측은 주말에도 일하는 시민들이 책을 빌릴 수 있도록 운영 시간을 늘렸다고 설명했다. 이용자 반응에 따라 평일 연장도 검토할 예정이다.</p>
<p>자세한 내용은 도서관 홈페이지에서 확인할 수 있다.</p>
`;

/**
 * Posts in Traditional characters, and one in Simplified on the same subject: search finds
 * both whichever script is typed (医生 and 醫生, 台湾 and 臺灣), one-to-many characters included.
 */
const SCRIPT_PAIR_POSTS = (f: DemoFeeds): HandWritten[] => [
  {
    feed: f.traditional,
    title: '換季時節流感增加　醫生提醒長者盡早接種疫苗',
    date: '2025-10-20 09:00:00',
    body: `${p('近日氣溫變化大，各區診所求診人數明顯上升。家庭醫生表示，長者和兒童應盡早接種流感疫苗，出門後記得洗手。')}${p('醫生又說，如果發燒超過三天，應該到醫院檢查，不要自行服藥。')}`,
  },
  {
    feed: f.traditional,
    title: '臺灣高鐵增開夜間班次　南北往返更方便',
    date: '2025-10-21 18:30:00',
    body: `${p('台灣高鐵公司宣布，下月起週五和週日晚上增開班次，方便在外地工作的旅客返鄉。')}${p('業者說，這是臺灣高鐵通車以來第三次調整夜間時刻表。')}`,
  },
  {
    feed: f.traditional,
    title: '理髮店老闆的三十年：頭髮、剪刀與街坊',
    date: '2025-10-22 12:00:00',
    body: `${p('老闆十八歲開始學理髮，後來在街角開了自己的小店。三十年來，店裡的椅子換過兩次，街坊的頭髮白了，孩子也長大了。')}${p('他說，城市的發展很快，但總有人願意回來剪一次頭髮、聊一會兒天。')}`,
  },
  {
    feed: f.traditional,
    title: '乾旱過後迎來雨季　農民幹勁十足',
    date: '2025-10-23 07:45:00',
    body: p('經歷三個月的乾旱，山區終於下起了雨。水庫蓄水回升後，農民趕在雨季播種，幹勁十足。'),
  },
  {
    feed: f.tech,
    title: '社区医生上门服务覆盖更多老人',
    date: '2025-10-24 10:00:00',
    body: p('今年起，社区医生每月上门一次，为行动不便的老人测量血压、调整用药。台湾和香港的同类服务也在扩大。'),
  },
];

export function demoPosts(f: DemoFeeds, paths: UniquePaths): PostFile[] {
  const posts: HandWritten[] = [
    {
      feed: f.tech,
      title: '安全测试：这篇正文里藏着脚本和危险链接',
      date: '2025-03-14 09:30:00',
      image: '/images/hue00-rings.png',
      body: `
${p('这篇文章用来检查阅读器是否会执行正文里的脚本。下面几行内容来自一个被篡改的订阅源，阅读器应当把它们清理掉，而不是执行。')}
<script>alert(1)</script>
<p><img src=x onerror="window.__xss=1"></p>
${p('<a href="javascript:alert(1)">点这里领取奖品</a>')}
<p><iframe src="https://www.youtube.com/embed/xyz" width="640" height="360" frameborder="0" allowfullscreen></iframe></p>
${p('如果你能正常读到这一段，而页面没有弹出任何对话框，说明清理是有效的。')}`,
    },
    {
      feed: f.english,
      title: 'Harbor district opens a night library for shift workers',
      date: 'Fri, 14 Mar 2025 11:05:00 GMT',
      image: '/images/hue06-rings.png',
      body: ENGLISH_ARTICLE,
    },
    {
      feed: f.japanese,
      title: '駅前の小さな本屋が開店十周年',
      date: '2025-03-14 20:15:00',
      image: '/images/hue07-gradient.png',
      body: JAPANESE_ARTICLE,
    },
    {
      feed: f.korean,
      title: '도심 속 작은 도서관, 주말 야간 개방 시작',
      date: 'Sat, 15 Mar 2025 02:40:00 GMT',
      image: '/images/hue11-hills.png',
      body: KOREAN_ARTICLE,
    },
    {
      feed: f.tech,
      title: '城市轨道交通十年：从两条线到一张网',
      date: 'Mon, 06 Oct 2025 01:00:00 GMT',
      image: '/images/hue00-hills.png',
      body: LONG_ARTICLE,
    },
    {
      // Both quote kinds, in the broken style of the real archives (not valid YAML).
      feed: f.design,
      title: `他说"明天见"，她回'好的'`,
      titleText: brokenQuoted(`他说"明天见"，她回'好的'`),
      fileName: brokenQuoted(`他说"明天见"，她回'好的'`),
      date: '2024-11-02 18:20:00',
      body: p('标题里同时出现了英文双引号和单引号，前言的写法也因此出了错。阅读器应当尽量还原出原本的标题。'),
    },
    {
      // Both quote kinds, written as valid YAML with escapes.
      feed: f.finance,
      title: `"降息"还是'观望'？市场分歧加大`,
      date: 'Wed, 21 May 2025 06:45:00 GMT',
      body: p('这一篇的标题同样带有两种引号，但前言是合法的双引号写法，解析后应与原标题完全一致。'),
    },
    {
      feed: f.finance,
      title: '这篇快讯的日期丢失了',
      date: 'Invalid Date',
      body: p('抓取时日期字段被写成了 Invalid Date，阅读器应当把它列为“无日期”，而不是报错或显示成 1970 年。'),
    },
    {
      feed: f.reading,
      title: '',
      date: 'Sun, 08 Jun 2025 13:00:00 GMT',
      body: p('这篇文章没有标题，文件名因此只剩下 .md。阅读器应当显示一个占位标题，而不是一行空白。'),
    },
    {
      // Unquoted and starting with `@`: not valid YAML, as in the real archives.
      feed: f.reading,
      title: '@青柠书评 今晚八点直播荐书',
      date: 'Fri, 18 Apr 2025 12:00:00 GMT',
      body: p('标题以 @ 开头且没有加引号，前言因此无法按 YAML 解析。阅读器应当退回到逐行读取，仍然拿到标题和日期。'),
    },
    {
      // Unquoted and starting with `#`: YAML reads a comment, so the title is null.
      feed: f.reading,
      title: '#读书日# 你今年读完了几本书？',
      date: '2025-04-23 08:00:00',
      image: '/images/hue08-gradient.png',
      body: p('标题以井号开头，YAML 会把它当成注释，标题变成空值。阅读器可以从原始文本或文件名中找回标题。'),
    },
    {
      feed: f.internet,
      title: '分类名里带斜杠：科技/互联网 是一个分类，不是两级',
      date: '2025-07-19 10:10:00',
      image: '/images/hue05-stripes.png',
      body: p('这篇文章的一级分类名称本身就包含斜杠。阅读器在生成链接时必须正确编码，返回后仍应落在同一个分类下。'),
    },
    {
      feed: f.internet,
      title: '涨幅达 35% 的 #开源# 项目盘点',
      date: '2025-07-19 16:40:00',
      body: `${p('文件名里有百分号和井号，它们在网址里都有特殊含义。阅读器打开这篇文章时，链接不能被截断或误解。')}<ul><li>百分号：网址编码的转义符</li><li>井号：网址中片段的开始</li></ul>`,
    },
    ...SCRIPT_PAIR_POSTS(f),
  ];
  return posts.map((post) => render(paths, post));
}

/** Files a real archive also has: no front matter at all, and front matter never closed. */
export function brokenDemoFiles(f: DemoFeeds): PostFile[] {
  return [
    {
      path: `${feedFolder(f.reading)}/没有前言的文章.md`,
      text: '\n<div>   \n<p>　　这个文件没有前言，只有正文。构建报告应当指出它，并说明如何处理。</p>\n</div>\n            ',
    },
    {
      path: `${feedFolder(f.finance)}/前言没有结束.md`,
      text: "\n---\ntitle: '前言没有结束'\ncategories: \n - 财经\n - 蓝鲸财讯\n - 7x24 快讯\nauthor: 蓝鲸财讯\ncomments: false\ndate: 2025-02-03 08:00:00\n\n<div>   \n<p>　　这个文件的前言缺少结尾的三条短横线。</p>\n</div>\n            ",
    },
  ];
}
