/**
 * The step contract: a step derives more files from the finished bundle (the search index, the
 * preview pages, the feed, the sitemap). The build calls each step's hooks in the order the
 * steps are listed (`bundleSteps`); problems a step returns go into the report like any file's.
 */
import type { Article, ArticleSummary, BundleIndex, ReportEntry } from '../../bundle/schema.ts';
import type { BundleWriter } from '../bundle/write-bundle.ts';
import type { BuildSettings } from '../build/build-settings.ts';
import type { PostWork } from '../process/batch.ts';
import type { SearchTokens } from './search-index/post-tokens.ts';

/** What `prepare` is told, before the posts are processed. */
interface StepBuild {
  outDir: string;
  options: BuildSettings;
  /** The cache was loaded: only changed posts will be processed. */
  incremental: boolean;
}

/** The bundle as the steps see it, once lists, index and every article file are written. */
export interface FinishedBundle {
  outDir: string;
  options: BuildSettings;
  index: BundleIndex;
  /** Every listed article, newest first: the order of the `all` list. */
  articles: readonly ArticleSummary[];
  /** Ids whose article file this build wrote; `null` when it wrote them all (a full build). */
  changed: ReadonlySet<string> | null;
  /**
   * An incremental build with few posts to process: the article files it overwrote, as they
   * were before (title and body), by id; absent when there were too many to keep.
   */
  replaced?: ReadonlyMap<string, Pick<Article, 'title' | 'html'>> | null;
  writer: BundleWriter;
  /** Search tokens the workers took from the posts this build processed (when a step asked for them). */
  searchTokens?: SearchTokens | null;
  /** Adds a line to the build's notes (printed by `--verbose`), e.g. why a step rebuilt in full. */
  note?(line: string): void;
}

/** The bundle once the listed articles and their order are known, before the lists are written. */
export type OrderedBundle = Pick<FinishedBundle, 'outDir' | 'options' | 'articles' | 'changed' | 'writer' | 'searchTokens'>;

/**
 * One derived output. `Early` is what `ordered` starts (work begun on another thread while the
 * lists are written); the build hands it back to `run` of the same build.
 */
export interface BundleStep<Early = unknown> {
  /** Also its phase name in `--verbose`. */
  name: string;
  /**
   * Before the posts are processed. What it returns is handed to the per-post work: `pages`
   * makes the workers write each article's preview page, `searchTokens` take each article's
   * search tokens (`FinishedBundle.searchTokens`).
   */
  prepare?(build: StepBuild): Promise<PostWork | void>;
  /**
   * Once the listed articles and their order are known, before the lists are written.
   * `articles[i].category` may still change (keys lengthened on a collision).
   */
  ordered?(bundle: OrderedBundle): Early;
  /** After the lists, the index and every article file are written; `early`: what `ordered` returned. */
  run(bundle: FinishedBundle, early: Early | undefined): Promise<ReportEntry[] | void>;
}
