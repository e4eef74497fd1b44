/** The build's report: one entry per file (posts, images, what the steps found), sorted by path. */
import type { ContentReport, ReportEntry } from '../../bundle/schema.ts';
import { compareCodePoints } from '../bundle/code-point-order.ts';
import type { ItemResult } from '../process/batch.ts';
import { reportMessages, type Message } from './codes.ts';
import type { ScannedFile } from '../scan/scan-archive.ts';

/** The entry of a file that is not in the bundle, with why. */
export function skippedEntry(path: string, why: Message): ReportEntry {
  return { path, status: 'skipped', id: null, title: null, date: null, category: [], ...reportMessages([why]) };
}

export function buildReport(posts: readonly ScannedFile[], results: readonly ItemResult[], others: ReportEntry[]): ContentReport {
  const files: ReportEntry[] = posts.map((post, index) => {
    const result = results[index];
    return {
      path: post.path,
      status: result.status,
      id: result.summary?.id ?? null,
      title: result.summary?.title ?? null,
      date: result.summary?.date ?? null,
      category: result.categoryPath,
      ...reportMessages(result.messages),
    };
  });
  files.push(...others);
  // Stable sort: entries with the same path keep posts-first, scan order.
  files.sort((a, b) => compareCodePoints(a.path, b.path));
  const count = (status: ReportEntry['status']) => files.filter((file) => file.status === status).length;
  return {
    summary: { files: files.length, ok: count('ok'), warning: count('warning'), skipped: count('skipped') },
    files,
  };
}
