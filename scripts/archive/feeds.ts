/** Feeds of the generated archive: which category, source and folder layout each one writes to. */
import type { Rng } from './prng.ts';
import type { Language } from './news-text.ts';
import * as w from './vocabulary.ts';

/**
 * The four folder layouts of the real archives:
 * - `post-cat`:             post/<cat>/<title>.md                    (categories: cat[, "source - feed"])
 * - `post-cat-sourcefeed`:  post/<cat>/<source - feed>/<title>.md    (categories: cat, "source - feed")
 * - `post-cat-source-feed`: post/<cat>/<source>/<feed>/<title>.md    (categories: cat, source, feed)
 * - `source-posts`:         source/_posts/<cat>/<source>/<feed>/<title>.md (same three levels, newer front matter style)
 */
type Layout = 'post-cat' | 'post-cat-sourcefeed' | 'post-cat-source-feed' | 'source-posts';
const LAYOUTS: readonly Layout[] = ['post-cat', 'post-cat-sourcefeed', 'post-cat-source-feed', 'source-posts'];

export interface Feed {
  category: string;
  source: string;
  feed: string;
  layout: Layout;
  lang: Language;
  /** Category levels written in front matter: 1 only for some `post-cat` feeds, else 2 or 3 by layout. */
  depth: 1 | 2 | 3;
}

/** Proportions close to the sampled real archive (post/<cat>/T and source/_posts dominate). */
const LAYOUT_WEIGHTS = [0.35, 0.2, 0.1, 0.35];

export function createFeeds(r: Rng, count: number): Feed[] {
  const feeds: Feed[] = [];
  const seen = new Set<string>();
  for (let i = 0; feeds.length < count; i++) {
    const category = w.CATEGORIES[i % w.CATEGORIES.length];
    const langRoll = r.next();
    const lang = langRoll < 0.08 ? 'en' : langRoll < 0.1 ? 'ja' : langRoll < 0.11 ? 'ko' : 'zh';
    const source =
      lang === 'en' ? r.pick(w.ENGLISH_SOURCES)
      : lang === 'ja' ? r.pick(w.JAPANESE_SOURCES)
      : lang === 'ko' ? r.pick(w.KOREAN_SOURCES)
      : r.pick(w.SOURCE_HEADS) + r.pick(w.SOURCE_TAILS);
    const feed =
      lang === 'en' ? r.pick(w.ENGLISH_FEEDS)
      : lang === 'ja' ? r.pick(w.JAPANESE_FEEDS)
      : lang === 'ko' ? r.pick(w.KOREAN_FEEDS)
      : r.pick(w.FEEDS);
    const key = `${category}|${source}|${feed}`;
    // Past the point where names run out, allow repeats rather than loop forever.
    if (seen.has(key) && i < count * 20) continue;
    seen.add(key);
    const layout = LAYOUTS[r.weighted(LAYOUT_WEIGHTS)];
    const depth = layout === 'post-cat' ? (r.chance(0.2) ? 1 : 2) : layout === 'post-cat-sourcefeed' ? 2 : 3;
    feeds.push({ category, source, feed, layout, lang, depth });
  }
  return feeds;
}

/** A folder name cannot hold `/`; the real archives write `_` instead (as for `:`). */
function folderSegment(name: string): string {
  return name.replace(/[/:\\]/g, '_');
}

export function feedFolder(f: Feed): string {
  const cat = folderSegment(f.category);
  switch (f.layout) {
    case 'post-cat':
      return `post/${cat}`;
    case 'post-cat-sourcefeed':
      return `post/${cat}/${folderSegment(`${f.source} - ${f.feed}`)}`;
    case 'post-cat-source-feed':
      return `post/${cat}/${folderSegment(f.source)}/${folderSegment(f.feed)}`;
    case 'source-posts':
      return `source/_posts/${cat}/${folderSegment(f.source)}/${folderSegment(f.feed)}`;
  }
}

export function feedCategories(f: Feed): string[] {
  if (f.depth === 1) return [f.category];
  if (f.depth === 2) return [f.category, `${f.source} - ${f.feed}`];
  return [f.category, f.source, f.feed];
}

/** Older layouts name the author "source - feed"; three-level ones just the source. */
export function feedAuthor(f: Feed): string {
  return f.depth === 3 ? f.source : f.depth === 1 ? f.source : `${f.source} - ${f.feed}`;
}
