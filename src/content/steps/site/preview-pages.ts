/**
 * Link previews: a small HTML page per article and per category, at the path a shared link
 * opens. Each page is the built app's `index.html` with its `<title>` replaced by the article's
 * meta tags (Open Graph, canonical), so chat apps and crawlers see a card while a browser boots
 * the app on the same view. Also writes `404.html` (the app, for hosts that answer unknown paths
 * with it, e.g. GitHub Pages) and `.nojekyll` (GitHub Pages must not run Jekyll on the site).
 *
 * The template is `<bundle>/../index.html`: `dist/index.html` in `vite build`, the copied app
 * shell in the benchmark. Without it (the pipeline run alone) no page is written.
 */
import { createHash } from 'node:crypto';
import { readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { CategoryNode } from '../../../bundle/schema.ts';
import { clearOutDir, createBundleWriter } from '../../bundle/write-bundle.ts';
import type { BundleStep, FinishedBundle } from '../step.ts';
import { articlePage, categoryPage, splitTemplate, type PageTemplate, type PreviewSettings } from './preview-html.ts';
import { articlePagePath, categoryPagePath, pageFile, PAGE_FOLDERS, siteRootOf } from './site-urls.ts';

/** Written next to the article pages: which template and settings they were made with. */
const STAMP_FILE = 'articles/.pages-stamp';
function allNodes(roots: readonly CategoryNode[]): CategoryNode[] {
  const out: CategoryNode[] = [];
  const visit = (node: CategoryNode) => {
    out.push(node);
    node.children.forEach(visit);
  };
  roots.forEach(visit);
  return out;
}

/** The pages' template and whether they must all be rewritten, for one build. */
interface PagePlan {
  siteDir: string;
  html: string;
  template: PageTemplate;
  stamp: string;
  /** Every page is rewritten (folders cleared); else only the changed articles'. */
  full: boolean;
  removals: Promise<void>[];
}

async function planPages(
  settings: PreviewSettings,
  outDir: string,
  contentDir: string,
  siteTitle: string,
  incremental: boolean,
): Promise<PagePlan | null> {
  const siteDir = await siteRootOf(outDir);
  // A relative base (`./`) would make the pages' asset links relative to /articles/.
  if (!siteDir || settings.basePath.startsWith('.')) return null;
  const html = await readFile(join(siteDir, 'index.html'), 'utf8');
  const template = splitTemplate(html);
  const protect = { contentDir, cwd: process.cwd() };
  const stamp = createHash('sha256').update(JSON.stringify([html, settings, siteTitle])).digest('hex');
  const previous = await readFile(join(siteDir, STAMP_FILE), 'utf8').catch(() => null);
  // An incremental build with the same app and settings rewrites the changed articles only.
  const full = !(incremental && previous === stamp);
  const removals: Promise<void>[] = [];
  if (full) {
    for (const folder of PAGE_FOLDERS) removals.push((await clearOutDir(join(siteDir, folder), protect)).removed);
  } else {
    removals.push((await clearOutDir(join(siteDir, 'categories'), protect)).removed);
  }
  return { siteDir, html, template, stamp, full, removals };
}

export function previewPagesStep(settings: PreviewSettings): BundleStep {
  /** The plan made before the posts were processed, whose article pages the workers wrote. */
  let prepared: PagePlan | null = null;
  return {
    name: 'pages',
    async prepare({ outDir, options, incremental }) {
      prepared = await planPages(settings, outDir, options.contentDir, options.siteTitle, incremental);
      if (!prepared) return;
      return { pages: { dir: join(prepared.siteDir, 'articles'), template: prepared.template, settings, siteTitle: options.siteTitle } };
    },
    async run(bundle: FinishedBundle) {
      const siteTitle = bundle.index.site.title;
      // Without `prepare` (or for another build), nothing was written yet.
      const fromWorkers = prepared !== null && prepared.siteDir === (await siteRootOf(bundle.outDir));
      const plan = fromWorkers ? prepared : await planPages(settings, bundle.outDir, bundle.options.contentDir, siteTitle, bundle.changed !== null);
      prepared = null;
      if (!plan) return;
      const { siteDir, html, template, stamp, full, removals } = plan;
      if (!full) await removeStalePages(join(siteDir, 'articles'), new Set(bundle.articles.map((article) => article.id)));
      const writer = createBundleWriter(siteDir, 64);
      // The workers wrote the page of every article they processed: all of a full build's, the
      // changed ones of an incremental build (the others' pages are as the last build left them,
      // unless the app changed: then every page is written here).
      const pagesLeft = !fromWorkers || (full && bundle.changed !== null);
      for (const article of pagesLeft ? bundle.articles : []) {
        if (!full && !bundle.changed!.has(article.id)) continue;
        await writer.write(pageFile(articlePagePath(article.id)), articlePage(template, settings, siteTitle, article));
      }
      for (const node of allNodes(bundle.index.categories)) {
        await writer.write(pageFile(categoryPagePath(node.key)), categoryPage(template, settings, siteTitle, node));
      }
      await writer.write('404.html', html);
      await writer.write('.nojekyll', '');
      await writer.flush();
      await writeFile(join(siteDir, STAMP_FILE), stamp);
      await Promise.all(removals);
    },
  };
}

/** Deletes article pages whose article left the archive (incremental builds). */
async function removeStalePages(dir: string, listed: ReadonlySet<string>): Promise<void> {
  const names = await readdir(dir).catch(() => [] as string[]);
  const stale = names.filter((name) => name.endsWith('.html') && !listed.has(name.slice(0, -'.html'.length)));
  await Promise.all(stale.map((name) => rm(join(dir, name), { force: true })));
}
