/**
 * What the pipeline tells a person: one summary line, the report file, and (when strict mode
 * fails or `--verbose` asks) the files that had problems, each with its messages.
 */
import { mkdir, open, rename, rm } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { ContentReport } from '../../bundle/schema.ts';

/** `1834 files: 1790 ok, 40 with warnings, 4 skipped` */
export function formatSummary({ summary }: ContentReport): string {
  return `${summary.files} files: ${summary.ok} ok, ${summary.warning} with warnings, ${summary.skipped} skipped`;
}

/** One block per file with warnings or skipped: `path [status]` then its messages, indented. */
export function formatProblems(report: ContentReport): string {
  return report.files
    .filter((file) => file.status !== 'ok')
    .map((file) => [`${file.path} [${file.status}]`, ...file.messages.map((message) => `  ${message}`)].join('\n'))
    .join('\n');
}

export function hasProblems({ summary }: ContentReport): boolean {
  return summary.warning > 0 || summary.skipped > 0;
}

/**
 * Written one file per line: the report is read by people as much as by tools, and fully
 * indented it would be several times larger.
 */
export function reportText(report: ContentReport): string {
  return [...reportChunks(report)].join('');
}

/** Entries serialized and written at a time: the whole report as one string would hold all of it in memory twice. */
const CHUNK = 2000;

/** `reportText` in pieces of up to `CHUNK` files. */
function* reportChunks(report: ContentReport): Generator<string> {
  const summary = JSON.stringify(report.summary, null, 2).replaceAll('\n', '\n  ');
  yield `{\n  "summary": ${summary},\n  "files": [`;
  const { files } = report;
  for (let first = 0; first < files.length; first += CHUNK) {
    let text = '';
    for (let i = first; i < Math.min(first + CHUNK, files.length); i++) text += `${i === 0 ? '\n    ' : ',\n    '}${JSON.stringify(files[i])}`;
    yield text;
  }
  yield `${files.length > 0 ? '\n  ' : ''}]\n}\n`;
}

/**
 * Written in pieces to a temporary file, then renamed over the old report: no string or buffer
 * of the whole report is made, and whoever reads the report meanwhile sees the old one or the
 * new one, whole.
 */
export async function writeReport(path: string, report: ContentReport): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  const temp = `${path}.${process.pid}.tmp`;
  const file = await open(temp, 'w');
  try {
    for (const chunk of reportChunks(report)) await file.write(chunk);
  } catch (error) {
    await file.close();
    await rm(temp, { force: true });
    throw error;
  }
  await file.close();
  await rename(temp, path);
}
