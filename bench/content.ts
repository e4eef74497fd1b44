/**
 * `npm run bench:content`: the content pipeline alone on synthetic archives of several sizes.
 * Prints a table (wall time, throughput, peak RSS of the pipeline process including its
 * worker threads, output size) and writes the same figures to bench/results/content.json.
 *
 *   npm run bench:content                               # 1,000, 10,000 and 100,000 posts
 *   npm run bench:content -- --sizes 1000,10000         # some sizes only
 *   npm run bench:content -- --keep                     # keep archives (reused next time) and bundles
 *
 * Archives come from the seeded generator (same seed as `npm run bench`, so the cache in
 * bench/.archives/ is shared). The floor this must meet: 100,000 posts in under 60 s with
 * under 2 GB peak RSS on a 2-core machine.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus, loadavg, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { generateArchive } from '../scripts/archive-generator.ts';
import { treeSize } from './measure-build.ts';
import { table } from './stats.ts';
import { createTrash } from './trash.ts';

const args = process.argv.slice(2);
const option = (name: string, fallback: string) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 && args[i + 1] ? args[i + 1] : fallback;
};
const sizes = option('sizes', '1000,10000,100000').split(',').map(Number).filter((n) => Number.isInteger(n) && n > 0);
const keep = args.includes('--keep');
const SEED = 20211224;

const root = resolve(import.meta.dirname, '..');
const work = join(root, 'bench', '.archives');
const trash = createTrash(work);

async function archiveFor(count: number): Promise<{ dir: string; generateS: number }> {
  const dir = join(work, `archive-${count}-${SEED}`);
  const marker = join(dir, '.complete');
  if (existsSync(marker)) return { dir, generateS: 0 };
  rmSync(dir, { recursive: true, force: true });
  const started = performance.now();
  await generateArchive({ dir, count, seed: SEED, withImages: false });
  writeFileSync(marker, '');
  return { dir, generateS: (performance.now() - started) / 1000 };
}

interface Run {
  posts: number;
  wallS: number;
  filesPerS: number;
  /** User + system CPU of the pipeline process: less disturbed than wall time by other load. */
  cpuS: number;
  peakRssMb: number;
  outputMb: number;
  outputFiles: number;
  /** 1-minute load average when the run started (2 = both cores busy already). */
  loadBefore: number;
  /** Seconds per pipeline phase, from the CLI's `--verbose` line. */
  phases: Record<string, number>;
}

/**
 * Peak RSS and CPU of the pipeline process. Worker threads live in the same process, so
 * its peak RSS includes them. GNU time reports it when present; otherwise a hook loaded
 * with --import prints the process's own resource usage at exit.
 */
const EXIT_HOOK = `data:text/javascript,process.on('exit',()=>{const r=process.resourceUsage();process.stderr.write('BENCH '+r.maxRSS+' '+r.userCPUTime/1e6+' '+r.systemCPUTime/1e6+'\\n')})`;

async function runPipeline(content: string, out: string, report: string, posts: number): Promise<Run> {
  const cli = ['src/content/cli/pipeline.mjs', '--content', content, '--out', out, '--report', report, '--verbose'];
  const gnuTime = existsSync('/usr/bin/time');
  const [command, commandArgs] = gnuTime
    ? ['/usr/bin/time', ['-f', 'BENCH %M %U %S', process.execPath, ...cli]]
    : [process.execPath, ['--import', EXIT_HOOK, ...cli]];
  const loadBefore = loadavg()[0];
  const started = performance.now();
  // --verbose lists every file with warnings on stderr: kept, but only its last lines matter.
  const [stdout, stderr] = await new Promise<[string, string]>((done, fail) => {
    const child = spawn(command, commandArgs, { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.on('data', (chunk) => (out += chunk));
    child.stderr.on('data', (chunk) => (err = (err + chunk).slice(-4000)));
    child.on('error', fail);
    child.on('close', (code) => (code === 0 ? done([out, err]) : fail(new Error(`pipeline exited with ${code}:\n${err}`))));
  });
  process.stderr.write(stdout);
  const wallS = (performance.now() - started) / 1000;
  const [, rssKb, user, system] = /BENCH (\d+) ([\d.]+) ([\d.]+)/.exec(stderr) ?? [];
  const size = await treeSize(out);
  return {
    posts,
    wallS,
    filesPerS: posts / wallS,
    cpuS: Number(user) + Number(system),
    peakRssMb: Number(rssKb) / 1024,
    outputMb: size.bytes / 2 ** 20,
    outputFiles: size.files,
    loadBefore,
    phases: Object.fromEntries(
      [...(/^phases: (.*);/m.exec(stdout)?.[1] ?? '').matchAll(/(\w+) ([\d.]+) s/g)].map((m) => [m[1], Number(m[2])]),
    ),
  };
}

async function main() {
  if (sizes.length === 0) throw new Error('--sizes: give posts counts like 1000,10000');
  mkdirSync(work, { recursive: true });
  if (!args.includes('--no-settle')) await trash.settle();
  const rows: Run[] = [];
  for (const count of sizes) {
    process.stderr.write(`bench:content: ${count} posts: generating…`);
    const archive = await archiveFor(count);
    process.stderr.write(archive.generateS ? ` ${archive.generateS.toFixed(1)} s; building…\n` : ' cached; building…\n');
    const out = join(work, `content-out-${count}`);
    // A build from scratch: the previous bundle is moved aside (so the cache cannot be used)
    // and deleted at the end, not before the timed build (see trash.ts).
    trash.discard(out);
    rows.push(await runPipeline(archive.dir, out, join(work, `content-report-${count}.json`), count));
    if (!keep) trash.discard(out);
  }
  const machine = `${cpus().length} × ${cpus()[0]?.model ?? 'cpu'} (${availableParallelism()} workers), ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}`;
  const printed = rows.map((run) => ({
    posts: run.posts,
    'wall s': run.wallS.toFixed(1),
    'files/s': run.filesPerS.toFixed(0),
    'CPU s': run.cpuS.toFixed(1),
    'scan s': run.phases.scan?.toFixed(1) ?? '–',
    'process s': run.phases.process?.toFixed(1) ?? '–',
    'lists s': run.phases.lists?.toFixed(1) ?? '–',
    'peak RSS MB': run.peakRssMb.toFixed(0),
    'out MB': run.outputMb.toFixed(1),
    'out files': run.outputFiles,
    'load before': run.loadBefore.toFixed(1),
  }));
  process.stdout.write(`\n${machine}\n\n${table(printed)}\n`);
  mkdirSync(join(root, 'bench', 'results'), { recursive: true });
  writeFileSync(join(root, 'bench', 'results', 'content.json'), `${JSON.stringify({ machine, seed: SEED, rows }, null, 2)}\n`);
  trash.empty(keep ? [] : sizes.map((count) => join(work, `archive-${count}-${SEED}`)));
}

await main();
