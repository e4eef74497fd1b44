/**
 * What the pipeline tells a person: one summary line, the report file, and (when strict mode
 * fails or `--verbose` asks) the files that had problems, each with its messages.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { ContentReport } from '../bundle/schema.ts';

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
 * Written one file per line: the report is read by people as much as by tools (and fully
 * indented, 100,000 files made 38 MB that took a second to write).
 */
export function reportText(report: ContentReport): string {
  const files = report.files.map((file) => JSON.stringify(file)).join(',\n    ');
  const summary = JSON.stringify(report.summary, null, 2).replaceAll('\n', '\n  ');
  return `{\n  "summary": ${summary},\n  "files": [${files === '' ? '' : `\n    ${files}\n  `}]\n}\n`;
}

export async function writeReport(path: string, report: ContentReport): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  await writeFile(path, reportText(report));
}
