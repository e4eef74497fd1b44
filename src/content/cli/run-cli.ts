/**
 * The command line of the content pipeline, as a function that returns the exit code so
 * tests can run it in-process: 0 built, 1 build failed (or strict mode found problems),
 * 2 unusable settings.
 */
import { relative } from 'node:path';
import { buildArchive } from '../build/build-archive.ts';
import { defaultCacheDir } from '../build/build-cache.ts';
import { bundleSteps } from '../steps/bundle-steps.ts';
import { ConfigError, resolveConfig, USAGE } from './config.ts';
import { formatProblems, formatSummary, hasProblems, writeReport } from '../report/report.ts';

export interface CliIo {
  out: (text: string) => void;
  err: (text: string) => void;
}

export async function runCli(argv: readonly string[], env: NodeJS.ProcessEnv, cwd: string, io: CliIo): Promise<number> {
  let config;
  try {
    config = resolveConfig(argv, env, cwd);
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    io.err(`content: ${error.message}\n`);
    return 2;
  }
  if (config === 'help') {
    io.out(`${USAGE}\n`);
    return 0;
  }

  const started = performance.now();
  let result;
  try {
    result = await buildArchive({
      ...config,
      steps: bundleSteps(config),
      cacheDir: defaultCacheDir(config.outDir),
      useCache: config.cache,
    });
  } catch (error) {
    io.err(`content: build failed: ${error instanceof Error ? error.message : String(error)}\n`);
    return 1;
  }
  await writeReport(config.reportPath, result.report);
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  const shown = (path: string) => {
    const rel = relative(cwd, path);
    return rel === '' ? '.' : rel.startsWith('..') ? path : rel;
  };
  io.out(`${formatSummary(result.report)}\n`);
  io.out(`report: ${shown(config.reportPath)}, bundle: ${shown(config.outDir)}, ${seconds} s\n`);
  if (result.cache) {
    const { incremental, reason, reparsed, posts, note } = result.cache;
    io.out(incremental ? `incremental build: ${reparsed} of ${posts} posts re-parsed\n` : `full build: ${reason}\n`);
    if (note) io.err(`content: ${note}\n`);
  }

  if (config.verbose) {
    const phases = Object.entries(result.phases).map(([name, ms]) => `${name} ${(ms / 1000).toFixed(1)} s`);
    io.out(`phases: ${phases.join(', ')}; ${config.workers} worker threads\n`);
    for (const line of result.notes) io.out(`${line}\n`);
  }
  const failing = config.strict && hasProblems(result.report);
  if ((failing || config.verbose) && hasProblems(result.report)) io.err(`${formatProblems(result.report)}\n`);
  if (failing) {
    io.err('content: strict mode: files above have warnings or were skipped\n');
    return 1;
  }
  return 0;
}
