/**
 * Entry point of the content pipeline: `node src/content/cli/pipeline.mjs [flags]` (flags and
 * settings: config.ts). `npm run content`, the Vite plugin and the benchmarks start it.
 *
 * It runs `cli.ts` from a bundle that esbuild compiles into
 * `node_modules/.cache/reader-pipeline/`, not through tsx: tsx's loader adds start-up time to
 * each thread of a build (the main thread, the scan worker, the parse workers, the search
 * thread), which dominates a small rebuild. The bundle is compiled again as soon as one of the
 * files it was made from differs (by content hash), so it never runs stale code. When it cannot be compiled or written (a
 * read-only `node_modules`, say), the pipeline runs through tsx instead, and says why.
 *
 * The worker threads: the sources start them as `new URL('../<name>.mjs', import.meta.url)`
 * (a tsx bootstrap beside the `.ts` file); the bundle has each worker as a top-level entry of
 * that name beside `cli.mjs`, so the same URLs find the compiled ones.
 */
import { createHash, randomUUID } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { extname, join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const PROJECT = resolve(import.meta.dirname, '../../..');

/** Bundle entries, by the name their file gets (the name the sources' worker URLs use). */
export const ENTRIES = {
  cli: 'src/content/cli/cli.ts',
  'scan-worker': 'src/content/scan/scan-worker.ts',
  'batch-worker': 'src/content/process/batch-worker.ts',
  'token-worker': 'src/content/steps/search-index/token-worker.ts',
  'index-worker': 'src/content/steps/search-index/index-worker.ts',
};

/** Other bundles older than this are deleted (a build still running from one is long done). */
const STALE_MS = 24 * 60 * 60 * 1000;

const sha1 = (bytes) => createHash('sha1').update(bytes).digest('hex');

/**
 * The folder of a bundle compiled from the project's current sources, compiling one when
 * there is none. `built`: whether this call compiled it.
 * @param {{ root?: string, cacheDir?: string }} [options]
 * @returns {Promise<{ dir: string, built: boolean }>}
 */
export async function ensureBundle({ root = PROJECT, cacheDir = join(root, 'node_modules', '.cache', 'reader-pipeline') } = {}) {
  const current = currentBundle(root, cacheDir);
  if (current) return { dir: current, built: false };

  const { build } = await import('esbuild');
  const self = fileURLToPath(import.meta.url);
  /** @type {Record<string, string>} hash of each project file the bundle was made from, as esbuild read it, and of this one */
  const inputs = { [relative(root, self)]: sha1(readFileSync(self)) };
  const record = {
    name: 'record-inputs',
    setup(bundler) {
      bundler.onLoad({ filter: /.*/ }, (args) => {
        const contents = readFileSync(args.path);
        inputs[relative(root, args.path)] = sha1(contents);
        const ext = extname(args.path);
        return { contents, loader: ext === '.json' ? 'json' : /^\.[cm]?ts$/.test(ext) ? 'ts' : 'js' };
      });
    },
  };
  mkdirSync(cacheDir, { recursive: true });
  // Unique even for two compiles in one process (the tests start two at once).
  const temp = mkdtempSync(join(cacheDir, 'tmp-'));
  try {
    await build({
      absWorkingDir: root,
      entryPoints: ENTRIES,
      outdir: temp,
      outExtension: { '.js': '.mjs' },
      bundle: true,
      splitting: true,
      format: 'esm',
      platform: 'node',
      target: 'node20',
      packages: 'external',
      sourcemap: 'linked',
      logLevel: 'silent',
      plugins: [record],
    });
    // mkdtemp makes the folder 0700: the bundle is for whoever runs the project (another user
    // reads it as it reads the sources; else it recompiles, cannot write here, runs through tsx).
    chmodSync(temp, 0o755);
    const name = `b-${sha1(JSON.stringify(Object.entries(inputs).sort())).slice(0, 16)}`;
    const dir = join(cacheDir, name);
    try {
      renameSync(temp, dir);
    } catch (error) {
      // Another compile of the same sources (in this process or another) finished first: its bundle is this one.
      if (!existsSync(join(dir, 'cli.mjs'))) throw error;
    }
    const pointer = join(cacheDir, `current.json.${randomUUID()}.tmp`);
    writeFileSync(pointer, JSON.stringify({ dir: name, inputs }));
    renameSync(pointer, join(cacheDir, 'current.json'));
    removeStale(cacheDir, name);
    return { dir, built: true };
  } finally {
    rmSync(temp, { recursive: true, force: true });
  }
}

/** The bundle `current.json` names, if every file it was made from is as it was. */
function currentBundle(root, cacheDir) {
  let current;
  try {
    current = JSON.parse(readFileSync(join(cacheDir, 'current.json'), 'utf8'));
  } catch {
    return null;
  }
  const dir = join(cacheDir, String(current?.dir));
  if (typeof current?.inputs !== 'object' || !existsSync(join(dir, 'cli.mjs'))) return null;
  for (const [path, hash] of Object.entries(current.inputs)) {
    try {
      if (sha1(readFileSync(join(root, path))) !== hash) return null;
    } catch {
      return null;
    }
  }
  return dir;
}

function removeStale(cacheDir, keep) {
  for (const name of readdirSync(cacheDir)) {
    if (name === keep || !/^(b|tmp)-/.test(name)) continue;
    const path = join(cacheDir, name);
    try {
      if (Date.now() - statSync(path).mtimeMs > STALE_MS) rmSync(path, { recursive: true, force: true });
    } catch {
      // Gone already, or not ours to delete: left.
    }
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  let entry = null;
  try {
    entry = join((await ensureBundle()).dir, 'cli.mjs');
  } catch (error) {
    const detail = error?.errors?.[0]?.text ?? (error instanceof Error ? error.message : String(error));
    process.stderr.write(`content: running through tsx (the pipeline's bundle could not be made: ${detail})\n`);
  }
  if (entry) {
    process.setSourceMapsEnabled(true);
    await import(pathToFileURL(entry).href);
  } else {
    const { tsImport } = await import('tsx/esm/api');
    await tsImport('./cli.ts', import.meta.url);
  }
}
