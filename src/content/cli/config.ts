/**
 * Settings of the content pipeline: environment variables, overridden by command-line flags.
 *
 * Environment variables (default in brackets):
 * - `CONTENT_DIR` [`content`]: the archive folder, relative to the working directory.
 * - `CONTENT_REPORT` [`content-report.json`]: where the report is written.
 * - `SOURCE_TZ` [`UTC`]: IANA zone of dates written without an offset in the archive.
 * - `ARCHIVE_TZ` [`Asia/Shanghai`]: IANA zone that decides an article's day and its display.
 * - `SITE_TITLE` [`新闻存档`]: site name in the bundle.
 * - `STRICT` [unset]: `1` makes warnings or skipped files fail the build (exit code 1).
 * - `BASE_PATH` [`/`]: URL prefix of the site; images are served from `${BASE_PATH}data/assets/`.
 * - `CONTENT_WORKERS` [cores]: worker threads; `0` processes files on the main thread.
 * - `SITE_URL` [unset]: public address of the site (`https://example.org/news/`), for absolute
 *   links in link previews, the sitemap and the feed; without it there is no sitemap or feed.
 * - `CONTENT_CACHE` [on]: `0` turns the incremental-build cache off (every build is a full one).
 *
 * Flags: `--content DIR`, `--out DIR` [`dist/data`], `--report FILE`, `--strict`,
 * `--workers N`, `--verbose` (list every file with warnings or skipped), `--no-cache`, `--help`.
 */
import { availableParallelism } from 'node:os';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';

export interface ContentConfig {
  /** Absolute archive folder. */
  contentDir: string;
  /** Absolute bundle folder (cleared on every build). */
  outDir: string;
  /** Absolute report file. */
  reportPath: string;
  sourceTimeZone: string;
  archiveTimeZone: string;
  siteTitle: string;
  strict: boolean;
  /** URL prefix of the site, ending in `/`. */
  basePath: string;
  /** URL prefix of copied images: `${basePath}data/assets/`. */
  assetBase: string;
  /** Worker threads (0 = in-process). */
  workers: number;
  verbose: boolean;
  /** Public address of the site root (`SITE_URL`), ending in the base path and `/`; null when unset. */
  siteUrl: string | null;
  /** Incremental builds from the cache in `defaultCacheDir(outDir)` (off: `--no-cache`, `CONTENT_CACHE=0`). */
  cache: boolean;
}

export const USAGE = `usage: node src/content/cli/pipeline.mjs [--content DIR] [--out DIR] [--report FILE] [--strict] [--workers N] [--verbose] [--no-cache]
environment: CONTENT_DIR, CONTENT_REPORT, SOURCE_TZ, ARCHIVE_TZ, SITE_TITLE, STRICT=1, BASE_PATH, CONTENT_WORKERS, SITE_URL, CONTENT_CACHE=0`;

/** A setting that cannot be used; the message names the variable or flag. */
export class ConfigError extends Error {}

export function resolveConfig(argv: readonly string[], env: NodeJS.ProcessEnv, cwd: string): ContentConfig | 'help' {
  let flags;
  try {
    flags = parseArgs({
      args: [...argv],
      options: {
        content: { type: 'string' },
        out: { type: 'string' },
        report: { type: 'string' },
        strict: { type: 'boolean' },
        workers: { type: 'string' },
        verbose: { type: 'boolean' },
        'no-cache': { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
      strict: true,
      allowPositionals: false,
    }).values;
  } catch (error) {
    throw new ConfigError(`${(error as Error).message}\n${USAGE}`);
  }
  if (flags.help) return 'help';

  const basePath = normalizeBasePath(nonEmpty(env.BASE_PATH) ?? '/');
  return {
    contentDir: resolve(cwd, flags.content ?? nonEmpty(env.CONTENT_DIR) ?? 'content'),
    outDir: resolve(cwd, flags.out ?? 'dist/data'),
    reportPath: resolve(cwd, flags.report ?? nonEmpty(env.CONTENT_REPORT) ?? 'content-report.json'),
    sourceTimeZone: timeZone('SOURCE_TZ', nonEmpty(env.SOURCE_TZ) ?? 'UTC'),
    archiveTimeZone: timeZone('ARCHIVE_TZ', nonEmpty(env.ARCHIVE_TZ) ?? 'Asia/Shanghai'),
    siteTitle: nonEmpty(env.SITE_TITLE) ?? '新闻存档',
    strict: flags.strict === true || env.STRICT === '1',
    basePath,
    assetBase: `${basePath}data/assets/`,
    workers: workerCount(flags.workers, env.CONTENT_WORKERS),
    verbose: flags.verbose === true,
    siteUrl: siteUrl(nonEmpty(env.SITE_URL), basePath),
    cache: flags['no-cache'] !== true && env.CONTENT_CACHE?.trim() !== '0',
  };
}

/**
 * `https://example.org` with BASE_PATH `/news/` becomes `https://example.org/news/`; a URL that
 * already ends in the base path is kept; any other path contradicts BASE_PATH.
 */
function siteUrl(raw: string | undefined, basePath: string): string | null {
  if (raw === undefined) return null;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new ConfigError(`SITE_URL: "${raw}" is not an absolute URL (for example https://example.org/news/)`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new ConfigError(`SITE_URL: "${raw}" must start with https:// or http://`);
  url.search = '';
  url.hash = '';
  const path = url.pathname.endsWith('/') ? url.pathname : `${url.pathname}/`;
  if (!basePath.startsWith('/') || path === basePath) url.pathname = path;
  else if (path === '/') url.pathname = basePath;
  else throw new ConfigError(`SITE_URL: the path of "${raw}" is not BASE_PATH (${basePath}); give the site root, e.g. ${url.origin}${basePath}`);
  return url.href;
}

function nonEmpty(value: string | undefined): string | undefined {
  return value === undefined || value.trim() === '' ? undefined : value.trim();
}

function timeZone(variable: string, zone: string): string {
  try {
    return new Intl.DateTimeFormat('en-US', { timeZone: zone }).resolvedOptions().timeZone;
  } catch {
    throw new ConfigError(`${variable}: "${zone}" is not a known IANA time zone (for example UTC or Asia/Shanghai)`);
  }
}

/** `news` and `/news` become `/news/`, like Vite's `base`; relative (`./`) and absolute URLs are kept. */
function normalizeBasePath(base: string): string {
  const withSlash = base.endsWith('/') ? base : `${base}/`;
  if (withSlash.startsWith('/') || withSlash.startsWith('./') || /^[a-z][a-z0-9+.-]*:\/\//i.test(withSlash)) {
    return withSlash;
  }
  return `/${withSlash}`;
}

function workerCount(flag: string | undefined, env: string | undefined): number {
  const [source, raw] = flag !== undefined ? ['--workers', flag] : ['CONTENT_WORKERS', nonEmpty(env)];
  if (raw === undefined) return availableParallelism();
  if (!/^\d+$/.test(raw)) throw new ConfigError(`${source}: "${raw}" is not a whole number (0 = no worker threads)`);
  return Number(raw);
}
