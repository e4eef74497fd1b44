/**
 * Vite integration of the content pipeline.
 *
 * - `vite build`: once the app is written (`closeBundle`), runs the pipeline into
 *   `<outDir>/data`. A failing pipeline fails the build. Vite's own emptying of `outDir` is
 *   turned off, since it would delete `data/` and make every build a full one: the plugin
 *   empties `outDir` itself at the start of the build, keeping `data/` (the pipeline updates it
 *   incrementally) and the folders in `PRESERVED_OUTPUTS`.
 * - `vite` (dev server): builds into `node_modules/.cache/reader-data/` at start, serves
 *   `<base>data/*` from there, and rebuilds (then reloads the page) when the content changes.
 *
 * `READER_SKIP_CONTENT=1` skips the pipeline in both (the benchmark builds the app shell once
 * and writes each archive's data itself).
 *
 * The pipeline runs as a child process (the CLI) so its worker threads and memory never
 * share Vite's process, and so it behaves exactly as `npm run content` does.
 */
import { spawn } from 'node:child_process';
import { createReadStream } from 'node:fs';
import { readdir, rm, stat } from 'node:fs/promises';
import { extname, join, relative, resolve, isAbsolute } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Plugin, ResolvedConfig, ViteDevServer } from 'vite';
import { CONTENT_TYPES } from './content-types.ts';

/**
 * Top-level folders of the build's `outDir` that the plugin does not delete when it empties
 * `outDir` (besides `data/`, the bundle): outputs other steps keep up to date themselves.
 */
const PRESERVED_OUTPUTS: readonly string[] = ['articles', 'categories', 'sitemaps'];

/** The project (where `npm run content` runs): relative CONTENT_DIR and report paths start here. */
const PROJECT_ROOT = fileURLToPath(new URL('../../..', import.meta.url));

export interface ContentPluginOptions {
  /** Where the dev server's bundle is built, relative to Vite's root (default `node_modules/.cache/reader-data`). */
  devDataDir?: string;
  /** Quiet period before a content change triggers a dev rebuild, in ms (default 500). */
  rebuildDelayMs?: number;
}

/** Runs the CLI in the project root with the site's base path; resolves with its exit code. */
function runPipeline(base: string, args: string[]): Promise<number> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, ['src/content/cli/pipeline.mjs', ...args], {
      cwd: PROJECT_ROOT,
      stdio: 'inherit',
      env: { ...process.env, BASE_PATH: base },
    });
    child.on('error', fail);
    child.on('exit', (code, signal) => done(code ?? (signal ? 1 : 0)));
  });
}

function isWithin(inner: string, outer: string): boolean {
  const rel = relative(outer, inner);
  return !rel.startsWith('..') && !isAbsolute(rel);
}

export function contentPlugin(options: ContentPluginOptions = {}): Plugin {
  let config: ResolvedConfig;
  /** What the user asked of `build.emptyOutDir` (undefined: Vite's default). */
  let askedToEmpty: boolean | undefined;
  return {
    name: 'news-archive-content',
    // Vitest starts a Vite server too; tests must not build the archive.
    apply: (_config, env) => env.mode !== 'test' && !process.env.VITEST && process.env.READER_SKIP_CONTENT !== '1',
    config(user, env) {
      if (env.command !== 'build') return;
      askedToEmpty = user.build?.emptyOutDir ?? undefined;
      return { build: { emptyOutDir: false } };
    },
    configResolved(resolved) {
      config = resolved;
    },

    async buildStart() {
      if (config.command !== 'build' || config.build.ssr || this.environment?.name !== 'client') return;
      const outDir = resolve(config.root, config.build.outDir);
      // Vite's rule: emptied by default only when it lies inside the project root.
      if (!(askedToEmpty ?? isWithin(outDir, config.root))) return;
      await emptyOutDirExcept(outDir, ['data', '.git', ...PRESERVED_OUTPUTS]);
    },

    async closeBundle(error?: Error) {
      // Once per build: skip SSR/other environments and builds that already failed.
      if (error || config.command !== 'build' || config.build.ssr || this.environment?.name !== 'client') return;
      const outDir = resolve(config.root, config.build.outDir, 'data');
      const code = await runPipeline(config.base, ['--out', outDir]);
      if (code !== 0) throw new Error(`content pipeline failed with exit code ${code} (see the messages above)`);
    },

    configureServer(server) {
      serveDevData(server, config, options);
    },
  };
}

/** Deletes everything in `outDir` but the named top-level entries. */
async function emptyOutDirExcept(outDir: string, keep: readonly string[]): Promise<void> {
  const entries = await readdir(outDir).catch(() => [] as string[]);
  await Promise.all(entries.filter((name) => !keep.includes(name)).map((name) => rm(join(outDir, name), { recursive: true, force: true })));
}

function serveDevData(server: ViteDevServer, config: ResolvedConfig, options: ContentPluginOptions) {
  const dataDir = resolve(config.root, options.devDataDir ?? 'node_modules/.cache/reader-data');
  const contentDir = resolve(PROJECT_ROOT, process.env.CONTENT_DIR?.trim() || 'content');
  const prefix = `${config.base.endsWith('/') ? config.base : `${config.base}/`}data/`;
  const logger = config.logger;

  const build = async () => {
    try {
      const code = await runPipeline(config.base, ['--out', dataDir]);
      if (code !== 0) logger.error(`content pipeline failed with exit code ${code}; /data may be stale or missing`);
    } catch (error) {
      logger.error(`content pipeline could not start: ${(error as Error).message}`);
    }
  };
  let ready = build();

  // Debounced: a burst of changes (a git pull) causes one rebuild, after the current one.
  let timer: NodeJS.Timeout | undefined;
  server.watcher.add(contentDir);
  server.watcher.on('all', (_event, file) => {
    if (!isWithin(resolve(file), contentDir)) return;
    clearTimeout(timer);
    timer = setTimeout(() => {
      ready = ready.then(build).then(() => server.ws.send({ type: 'full-reload' }));
    }, options.rebuildDelayMs ?? 500);
  });
  server.httpServer?.once('close', () => clearTimeout(timer));

  server.middlewares.use((req, res, next) => {
    const pathname = new URL(req.url ?? '/', 'http://localhost').pathname;
    if (!pathname.startsWith(prefix) || (req.method !== 'GET' && req.method !== 'HEAD')) return next();
    void (async () => {
      await ready;
      let rel: string;
      try {
        rel = decodeURIComponent(pathname.slice(prefix.length));
      } catch {
        res.statusCode = 400;
        return res.end('bad path');
      }
      const file = join(dataDir, rel);
      const found = isWithin(file, dataDir) && (await stat(file).then((s) => s.isFile(), () => false));
      // A missing data file is a real 404, never the app's index.html.
      if (!found) {
        res.statusCode = 404;
        res.setHeader('content-type', 'text/plain; charset=utf-8');
        return res.end('not found');
      }
      res.setHeader('content-type', CONTENT_TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream');
      res.setHeader('cache-control', 'no-cache');
      if (req.method === 'HEAD') return res.end();
      createReadStream(file).on('error', next).pipe(res);
    })().catch(next);
  });
}
