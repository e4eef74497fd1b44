// @vitest-environment jsdom
/**
 * The site outputs of a real pipeline run: link-preview pages (parsed with htmlparser2, as a
 * crawler reads them), 404.html, the Atom feed and the sitemap (parsed by a strict XML parser).
 * Titles and excerpts are hostile: they must come out as the same text, never as markup.
 */
import { readFileSync, existsSync, mkdirSync, rmSync, writeFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseDocument, DomUtils } from 'htmlparser2';
import { afterAll, describe, expect, it } from 'vitest';
import type { ArticleSummary, BundleIndex, ListPage } from '../../../bundle/schema.ts';
import { buildArchive } from '../../build/build-archive.ts';
import type { FinishedBundle } from '../step.ts';
import { bundleSteps } from '../bundle-steps.ts';
import { resolveConfig, type ContentConfig } from '../../cli/config.ts';
import { tempDir, writeArchive } from '../../util/test-archive.ts';
import { FEED_ENTRIES } from './feed.ts';
import { previewPagesStep } from './preview-pages.ts';
import { sitemapFiles } from './sitemap.ts';
import { plainLine } from './markup.ts';

const TEMPLATE = `<!doctype html>
<html lang="zh-CN">
  <head>
    <meta charset="UTF-8" />
    <meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'self'" />
    <title>新闻存档</title>
    <script src="/news/before-first-paint.js"></script>
    <script type="module" crossorigin src="/news/assets/index-abc.js"></script>
  </head>
  <body><div id="root"></div></body>
</html>
`;

const HOSTILE_TITLE = `"/><script>window.__xss=1</script><meta property="og:title" content="fake` + "\u0001 '&amp; </title><!--";
const HOSTILE_EXCERPT = '"></title><script>alert(1)</script>';

async function buildSite(label: string, env: NodeJS.ProcessEnv) {
  const root = tempDir(label);
  const contentDir = join(root, 'content');
  writeArchive(contentDir, {
    'feeds/hostile.md': {
      title: HOSTILE_TITLE,
      date: '2021-03-23 10:00:00',
      categories: ['新闻', '国内'],
      body: `<p>${HOSTILE_EXCERPT.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')}</p><img src="pic.png">`,
    },
    'feeds/plain.md': { title: '普通的新闻', date: '2021-03-24 10:00:00', categories: ['新闻'], body: '<p>正文</p><img src="https://img.example.com/a.jpg?x=1&y=2">' },
    'feeds/undated.md': { title: '没有日期', categories: ['其他'] },
    'feeds/pic.png': 'not really a png',
  });
  const siteDir = join(root, 'site');
  mkdirSync(siteDir, { recursive: true });
  writeFileSync(join(siteDir, 'index.html'), TEMPLATE);
  const config = resolveConfig(['--content', contentDir, '--out', join(siteDir, 'data'), '--workers', '0'], { BASE_PATH: '/news/', ...env }, root) as ContentConfig;
  const result = await buildArchive({ ...config, steps: bundleSteps(config) });
  const index = JSON.parse(readFileSync(join(siteDir, 'data/index.json'), 'utf8')) as BundleIndex;
  const articles = (JSON.parse(readFileSync(join(siteDir, 'data/lists/all/0.json'), 'utf8')) as ListPage).items;
  return { root, siteDir, result, index, articles };
}

/** The head of a page as a crawler sees it: meta by property/name, the title, the canonical link. */
function readHead(html: string) {
  const doc = parseDocument(html);
  const head = DomUtils.findOne((el) => el.name === 'head', doc.children)!;
  const metas = DomUtils.findAll((el) => el.name === 'meta', head.children);
  const meta: Record<string, string> = {};
  for (const el of metas) {
    const key = el.attribs.property ?? el.attribs.name;
    if (key) {
      expect(meta[key], `one ${key} only`).toBeUndefined();
      meta[key] = el.attribs.content;
    }
  }
  return {
    title: DomUtils.textContent(DomUtils.findAll((el) => el.name === 'title', doc.children)),
    titles: DomUtils.findAll((el) => el.name === 'title', doc.children).length,
    meta,
    canonical: DomUtils.findOne((el) => el.name === 'link' && el.attribs.rel === 'canonical', head.children)?.attribs.href,
    scripts: DomUtils.findAll((el) => el.name === 'script', doc.children).map((el) => el.attribs.src ?? '(inline)'),
    elements: DomUtils.findAll(() => true, doc.children).length,
  };
}

function parseXml(xml: string): Document {
  // jsdom's DOMParser is a strict XML parser: anything not well-formed gives <parsererror>.
  const doc = new DOMParser().parseFromString(xml, 'application/xml');
  const error = doc.getElementsByTagName('parsererror')[0];
  if (error) throw new Error(`not well-formed XML: ${error.textContent}`);
  return doc;
}

describe('with SITE_URL', async () => {
  const site = await buildSite('site-url', { SITE_URL: 'https://example.org' });
  afterAll(() => rmSync(site.root, { recursive: true, force: true }));
  const hostile = site.articles.find((article) => article.title.includes('__xss'))!;
  const plain = site.articles.find((article) => article.title === '普通的新闻')!;

  it('writes one page per article whose meta tags carry the hostile title and excerpt as text', () => {
    const pages = readdirSync(join(site.siteDir, 'articles')).filter((name) => name.endsWith('.html'));
    expect(pages.sort()).toEqual(site.articles.map((article) => `${article.id}.html`).sort());
    const head = readHead(readFileSync(join(site.siteDir, `articles/${hostile.id}.html`), 'utf8'));
    const title = plainLine(hostile.title);
    expect(title).toContain('<script>');
    expect(head.titles).toBe(1);
    expect(head.title).toBe(`${title} · 新闻存档`);
    expect(head.meta).toEqual({
      'Content-Security-Policy': undefined,
      description: plainLine(hostile.excerpt),
      'og:site_name': '新闻存档',
      'og:type': 'article',
      'og:title': title,
      'og:description': plainLine(hostile.excerpt),
      'og:url': `https://example.org/news/articles/${hostile.id}`,
      'og:image': 'https://example.org/news/data/assets/feeds/pic.png',
      'twitter:card': 'summary_large_image',
      'article:published_time': '2021-03-23T10:00:00.000Z',
    });
    expect(hostile.excerpt).toContain(HOSTILE_EXCERPT);
    expect(head.canonical).toBe(`https://example.org/news/articles/${hostile.id}`);
    // Only the template's scripts: nothing the title or excerpt brought.
    expect(head.scripts).toEqual(['/news/before-first-paint.js', '/news/assets/index-abc.js']);
    // Exactly the eleven tags added: description, canonical, 7 og/article, twitter:card, the feed link.
    expect(head.elements - readHead(TEMPLATE).elements).toBe(11);
  });

  it('links remote thumbnails as they are and gives category pages the same tags', () => {
    expect(readHead(readFileSync(join(site.siteDir, `articles/${plain.id}.html`), 'utf8')).meta['og:image']).toBe('https://img.example.com/a.jpg?x=1&y=2');
    const news = site.index.categories.find((node) => node.name === '新闻')!;
    const head = readHead(readFileSync(join(site.siteDir, `categories/${news.key}.html`), 'utf8'));
    expect(head.title).toBe('新闻 · 新闻存档');
    expect(head.meta).toMatchObject({ 'og:type': 'website', 'og:title': '新闻', 'og:description': '新闻：2 篇文章', 'og:image': 'https://example.org/news/icons/icon-512.png' });
    expect(head.canonical).toBe(`https://example.org/news/categories/${news.key}`);
    const domestic = news.children[0];
    expect(existsSync(join(site.siteDir, `categories/${domestic.key}.html`))).toBe(true);
    expect(readFileSync(join(site.siteDir, '404.html'), 'utf8')).toBe(TEMPLATE);
  });

  it('writes a well-formed Atom feed of the dated articles, newest first', () => {
    expect(() => parseXml('<feed>&</feed>')).toThrow(/not well-formed/);
    expect(() => parseXml('<feed>\u0001</feed>')).toThrow(/not well-formed/);
    const feed = parseXml(readFileSync(join(site.siteDir, 'atom.xml'), 'utf8'));
    expect(feed.documentElement.namespaceURI).toBe('http://www.w3.org/2005/Atom');
    const entries = [...feed.getElementsByTagName('entry')];
    const text = (el: Element, name: string) => el.getElementsByTagName(name)[0]?.textContent;
    expect(entries.map((entry) => text(entry, 'title'))).toEqual(['普通的新闻', plainLine(hostile.title)]);
    expect(entries.map((entry) => text(entry, 'id'))).toEqual([plain, hostile].map((a) => `https://example.org/news/articles/${a.id}`));
    expect(text(entries[1], 'summary')).toBe(plainLine(hostile.excerpt));
    expect(entries[1].getElementsByTagName('category')[0].getAttribute('term')).toBe('新闻/国内');
    expect(text(feed.documentElement, 'updated')).toBe('2021-03-24T10:00:00.000Z');
    expect(FEED_ENTRIES).toBe(50);
  });

  it('writes a sitemap of the home page, every category page and every article page', () => {
    const doc = parseXml(readFileSync(join(site.siteDir, 'sitemap.xml'), 'utf8'));
    const locs = [...doc.getElementsByTagName('loc')].map((el) => el.textContent);
    expect(locs[0]).toBe('https://example.org/news/');
    expect(locs.filter((loc) => loc.includes('/articles/')).sort()).toEqual(site.articles.map((a) => `https://example.org/news/articles/${a.id}`).sort());
    expect(locs.filter((loc) => loc.includes('/categories/'))).toHaveLength(3);
  });

  it('splits a sitemap that is over the limit into an index and parts', () => {
    const files = sitemapFiles({ basePath: '/', siteUrl: 'https://example.org/' }, site.articles, site.index.categories, null, 3);
    expect([...files.keys()]).toEqual(['sitemaps/1.xml', 'sitemaps/2.xml', 'sitemaps/3.xml', 'sitemap.xml']);
    const index = parseXml(files.get('sitemap.xml')!);
    expect([...index.getElementsByTagName('loc')].map((el) => el.textContent)).toEqual([1, 2, 3].map((n) => `https://example.org/sitemaps/${n}.xml`));
    const urls = [...files.keys()].slice(0, 3).flatMap((path) => [...parseXml(files.get(path)!).getElementsByTagName('loc')]);
    expect(urls).toHaveLength(1 + 3 + 3);
  });
});

describe('without SITE_URL', async () => {
  const site = await buildSite('no-site-url', {});
  afterAll(() => rmSync(site.root, { recursive: true, force: true }));

  it('links pages from the host root, keeps local images relative and writes no feed or sitemap', () => {
    const hostile = site.articles.find((article) => article.title.includes('__xss'))!;
    const head = readHead(readFileSync(join(site.siteDir, `articles/${hostile.id}.html`), 'utf8'));
    expect(head.canonical).toBe(`/news/articles/${hostile.id}`);
    expect(head.meta['og:image']).toBe('/news/data/assets/feeds/pic.png');
    expect(existsSync(join(site.siteDir, 'atom.xml'))).toBe(false);
    expect(existsSync(join(site.siteDir, 'sitemap.xml'))).toBe(false);
  });
});

describe('a bundle written on its own (no app next to it)', () => {
  it('gets no pages', async () => {
    const root = tempDir('no-template');
    try {
      writeArchive(join(root, 'content'), { 'a.md': { title: 'A', date: '2021-03-23 10:00:00' } });
      const config = resolveConfig(['--content', join(root, 'content'), '--out', join(root, 'out/data'), '--workers', '0'], { SITE_URL: 'https://example.org/' }, root) as ContentConfig;
      await buildArchive({ ...config, steps: bundleSteps(config) });
      expect(readdirSync(join(root, 'out'))).toEqual(['data']);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});

describe('an incremental build (some article files rewritten)', async () => {
  const site = await buildSite('incremental', { SITE_URL: 'https://example.org' });
  afterAll(() => rmSync(site.root, { recursive: true, force: true }));

  it('rewrites the changed pages only, removes pages of removed articles, and all of them for a new app', async () => {
    const step = previewPagesStep({ basePath: '/news/', siteUrl: 'https://example.org/news/', feed: true });
    const [changed, kept, removed] = site.articles;
    const page = (id: string) => join(site.siteDir, `articles/${id}.html`);
    writeFileSync(page(kept.id), 'left alone');
    const bundle = (articles: ArticleSummary[], ids: string[]) =>
      ({ outDir: join(site.siteDir, 'data'), options: { contentDir: join(site.root, 'content') }, index: site.index, articles, changed: new Set(ids) }) as unknown as FinishedBundle;

    await step.run(bundle([{ ...changed, title: '改过的标题' }, kept], [changed.id]), undefined);
    expect(readHead(readFileSync(page(changed.id), 'utf8')).meta['og:title']).toBe('改过的标题');
    expect(readFileSync(page(kept.id), 'utf8')).toBe('left alone');
    expect(existsSync(page(removed.id))).toBe(false);

    // A new build of the app (other asset names): every page gets the new template.
    writeFileSync(join(site.siteDir, 'index.html'), TEMPLATE.replace('index-abc.js', 'index-def.js'));
    await step.run(bundle([changed, kept], [changed.id]), undefined);
    expect(readHead(readFileSync(page(kept.id), 'utf8')).scripts).toContain('/news/assets/index-def.js');
  });
});
