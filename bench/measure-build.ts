/**
 * Runs the content pipeline CLI on an archive as its own process and measures wall time,
 * peak RSS (the process and its worker threads, via GNU time when present), and the output.
 */
import { execFileSync, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';

export interface BuildMetrics {
  files: number;
  wallS: number;
  filesPerS: number;
  peakRssMb: number | null;
  outputMb: number;
  outputFiles: number;
  /** Posts the build re-parsed, from its `incremental build: N of M` / `full build: …` line. */
  reparsed: number | null;
  /** Seconds of the search index step (from the pipeline's `--verbose` phases), null when absent. */
  searchIndexS: number | null;
}

export async function treeSize(dir: string): Promise<{ bytes: number; files: number }> {
  let bytes = 0;
  let files = 0;
  for (const entry of await readdir(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue;
    files += 1;
    bytes += (await stat(join(entry.parentPath, entry.name))).size;
  }
  return { bytes, files };
}

export async function measureBuild(opts: {
  content: string;
  out: string;
  report: string;
  files: number;
  env?: Record<string, string>;
}): Promise<BuildMetrics> {
  const cli = ['src/content/cli/pipeline.mjs', '--content', opts.content, '--out', opts.out, '--report', opts.report, '--verbose'];
  const gnuTime = existsSync('/usr/bin/time');
  const [cmd, args] = gnuTime
    ? ['/usr/bin/time', ['-f', 'BENCH_MAXRSS_KB=%M', process.execPath, ...cli]]
    : [process.execPath, cli];
  // Start from a settled disk: the previous build's (or the deleted site's) writes still being
  // flushed would slow this build's reads and be counted against it.
  if (existsSync('/bin/sync')) execFileSync('/bin/sync');
  const started = performance.now();
  let stdout = '';
  const stderr = await new Promise<string>((resolve, reject) => {
    const child = spawn(cmd, args, { env: { ...process.env, ...opts.env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let err = '';
    child.stdout.on('data', (d) => { stdout += d; });
    child.stderr.on('data', (d) => { err += d; });
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolve(err) : reject(new Error(`pipeline exited ${code}:\n${err}`))));
  });
  const incremental = /^incremental build: (\d+) of/m.exec(stdout);
  const wallS = (performance.now() - started) / 1000;
  const rss = /BENCH_MAXRSS_KB=(\d+)/.exec(stderr);
  const search = /phases:.*\bsearch ([\d.]+) s/.exec(stdout);
  const out = await treeSize(opts.out);
  return {
    files: opts.files,
    wallS,
    filesPerS: opts.files / wallS,
    peakRssMb: rss ? Number(rss[1]) / 1024 : null,
    outputMb: out.bytes / 1024 / 1024,
    outputFiles: out.files,
    reparsed: incremental ? Number(incremental[1]) : /^full build:/m.test(stdout) ? opts.files : null,
    searchIndexS: search ? Number(search[1]) : null,
  };
}
