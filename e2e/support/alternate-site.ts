/**
 * A second site for tests that need their own archive (hostile bodies, broken files): the
 * production app of `dist/` with a bundle built from a test archive by the real pipeline CLI,
 * served like a static host on a free port. Nothing is written into the repository.
 */
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ContentReport } from '../../src/bundle/schema.ts';
import { startStaticServer } from '../../scripts/serve-static.ts';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
/** The built app to serve; `E2E_APP_DIR` points at another build (e.g. one with the sanitizer broken on purpose, to see the suites fail). */
const distDir = path.resolve(repoRoot, process.env.E2E_APP_DIR ?? 'dist');

interface PipelineRun {
  exitCode: number;
  stdout: string;
  stderr: string;
  /** Wall-clock time of the whole CLI process. */
  ms: number;
  /** Peak resident memory of the CLI process (all its threads). */
  maxRssMb: number;
}

export interface AlternateSite {
  /** Root of this site, ending in `/`. */
  url: string;
  /** The archive folder the test wrote. */
  contentDir: string;
  /** The bundle folder (`<site>/data`). */
  dataDir: string;
  report: ContentReport;
  run: PipelineRun;
  /** Runs the pipeline again on the same archive with extra flags (e.g. `--strict`), into a scratch folder. */
  rerun(flags: string[]): Promise<PipelineRun>;
  close(): Promise<void>;
}

/** Runs the pipeline (`src/content/cli/pipeline.mjs`) in its own Node process, as a user would. */
function runPipeline(args: string[], env: NodeJS.ProcessEnv = {}): Promise<PipelineRun> {
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      ['--import', path.join(repoRoot, 'e2e/support/print-resources.mjs'), 'src/content/cli/pipeline.mjs', ...args],
      { cwd: repoRoot, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] },
    );
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => {
      const resources = /\nresources: (\{.*\})\n/.exec(stderr);
      resolve({
        exitCode: code ?? -1,
        stdout,
        stderr: stderr.replace(/\nresources: \{.*\}\n/, ''),
        ms: performance.now() - started,
        maxRssMb: resources ? Math.round((JSON.parse(resources[1]) as { maxRssKb: number }).maxRssKb / 1024) : NaN,
      });
    });
  });
}

/**
 * Writes an archive with `writeArchive(contentDir)`, builds it into a copy of the app and
 * serves it. The pipeline must finish (exit code 0); its report is returned for the test to
 * check. Call `close()` in `afterAll`.
 */
export async function buildAlternateSite(label: string, writeArchive: (contentDir: string) => void | Promise<void>): Promise<AlternateSite> {
  if (!existsSync(path.join(distDir, 'index.html'))) {
    throw new Error('dist/index.html is missing: run `npm run build` before the end-to-end tests');
  }
  const root = mkdtempSync(path.join(tmpdir(), `reader-${label}-`));
  const contentDir = path.join(root, 'content');
  const siteDir = path.join(root, 'site');
  const dataDir = path.join(siteDir, 'data');
  const reportPath = path.join(root, 'report.json');
  mkdirSync(contentDir, { recursive: true });
  await writeArchive(contentDir);
  const distData = path.join(distDir, 'data');
  cpSync(distDir, siteDir, { recursive: true, filter: (src) => src !== distData && !src.startsWith(distData + path.sep) });

  const run = await runPipeline(['--content', contentDir, '--out', dataDir, '--report', reportPath]);
  if (run.exitCode !== 0) throw new Error(`the pipeline failed on the ${label} archive (exit ${run.exitCode}):\n${run.stderr}`);
  const report = JSON.parse(readFileSync(reportPath, 'utf8')) as ContentReport;
  const server = await startStaticServer({ root: siteDir });
  return {
    url: server.url,
    contentDir,
    dataDir,
    report,
    run,
    rerun: (flags) =>
      runPipeline(['--content', contentDir, '--out', path.join(root, 'rerun-data'), '--report', path.join(root, 'rerun-report.json'), ...flags]),
    close: async () => {
      await server.close();
      rmSync(root, { recursive: true, force: true });
    },
  };
}
