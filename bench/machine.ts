/**
 * `npm run bench:machine`: what the machine's memory and file system cost, in the units the
 * pipeline spends them in, so build figures can be read against the machine they ran on
 * (medians of `--runs N`, default 5). On the 2-core development VM a first touch of fresh
 * memory and the creation of a small file cost many times what they do on bare metal, and a
 * build does both by the hundred thousand.
 *
 * - first touch: filling a buffer the process has never written (the kernel maps and zeroes
 *   each 4 KB page on its first write), per MB and per page;
 * - touch again: the same buffer filled again (no page faults: the memory's own speed);
 * - new file: writeFileSync of 3 KB to a path that does not exist yet, 10,000 times;
 * - new file again: 10,000 more new files right after (a cost that drops here would be the
 *   file system warming up, not the file's own);
 * - overwrite: the same files written again;
 * - stat: statSync of those files;
 * - delete: those 20,000 files deleted, per file (after every run's files above were made:
 *   nothing above is measured just after a deletion);
 * - new file after deleting: 10,000 new files in the same folders right after that deletion
 *   (on ext4 without a journal the kernel does not reuse an inode freed in the last minutes:
 *   see bench/trash.ts);
 * - UTF-8 decode: 40 MB of Chinese text in JSON-like lines, Buffer to string.
 */
import { mkdirSync, mkdtempSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { median, table } from './stats.ts';
import { createTrash } from './trash.ts';

const runsFlag = process.argv.indexOf('--runs');
const runs = runsFlag > 0 ? Number(process.argv[runsFlag + 1]) : 5;

// In the bench's folder (on the disk the builds write to), where its runs' deletions are
// marked: one run of this does not measure the deletion of the run before (see trash.ts).
const work = resolve(import.meta.dirname, '.archives');
const trash = createTrash(work);

const MB = 1024 * 1024;
const FILES = 10_000;
const DATA = Buffer.alloc(3000, 97);

function time(fn: () => void): number {
  const started = performance.now();
  fn();
  return performance.now() - started;
}

const perFileUs = (ms: number, files = FILES) => (ms * 1000) / files;

function memory(): { firstMsPerMb: number; againMsPerMb: number } {
  const size = 256 * MB;
  const buffer = Buffer.allocUnsafeSlow(size);
  const first = time(() => buffer.fill(1));
  const again = time(() => buffer.fill(2));
  return { firstMsPerMb: first / 256, againMsPerMb: again / 256 };
}

/** The path of the i-th file under `root`, spread over its 100 subfolders. */
const fileIn = (root: string) => (i: number) => join(root, String(i % 100), `${i}.json`);

/** A fresh folder of 100 subfolders, and the path of its i-th file. */
function folder(): { root: string; path: (i: number) => string } {
  const root = mkdtempSync(join(work, 'machine-'));
  for (let d = 0; d < 100; d++) mkdirSync(join(root, String(d)));
  return { root, path: fileIn(root) };
}

function create(path: (i: number) => string, from: number): number {
  return time(() => {
    for (let i = from; i < from + FILES; i++) writeFileSync(path(i), DATA);
  });
}

function files(): { root: string; newUs: number; newAgainUs: number; overwriteUs: number; statUs: number } {
  const { root, path } = folder();
  const created = create(path, 0);
  const createdAgain = create(path, FILES);
  const overwritten = create(path, 0);
  const statted = time(() => {
    for (let i = 0; i < FILES; i++) statSync(path(i));
  });
  return { root, newUs: perFileUs(created), newAgainUs: perFileUs(createdAgain), overwriteUs: perFileUs(overwritten), statUs: perFileUs(statted) };
}

/**
 * Deletes one run's 20,000 files (keeping its folders), then makes 10,000 new ones in the same
 * folders at once: new inodes are looked for near their folder's, where the freed ones are.
 */
function afterDeleting(root: string): { deleteUs: number; newAfterDeleteUs: number } {
  const path = fileIn(root);
  const deleted = time(() => {
    for (let i = 0; i < 2 * FILES; i++) unlinkSync(path(i));
  });
  return { deleteUs: perFileUs(deleted, 2 * FILES), newAfterDeleteUs: perFileUs(create((i) => path(i + 2 * FILES), 0)) };
}

function decode(): { msPer40Mb: number } {
  const line = Buffer.from(`["source/_posts/新闻/频道/关于数字经济的第一条消息.md","人工智能与城市更新：下一步怎么走",12345],\n`);
  const bytes = Buffer.alloc(40 * MB);
  for (let at = 0; at + line.length <= bytes.length; at += line.length) line.copy(bytes, at);
  return { msPer40Mb: time(() => bytes.toString('utf8')) };
}

mkdirSync(work, { recursive: true });
if (!process.argv.includes('--no-settle')) await trash.settle();
const made: string[] = [];
try {
  const firsts = Array.from({ length: runs }, () => {
    const sample = { ...memory(), ...files(), ...decode() };
    made.push(sample.root);
    return sample;
  });
  const seconds = made.map(afterDeleting);
  const samples = firsts.map((first, i) => ({ ...first, ...seconds[i] }));
  const med = (key: Exclude<keyof (typeof samples)[number], 'root'>) => median(samples.map((sample) => sample[key]));
  const pageUs = (med('firstMsPerMb') * 1000) / 256;
  console.log(`medians of ${runs} runs\n`);
  console.log(
    table([
      {
        'first touch ms/MB': med('firstMsPerMb').toFixed(2),
        'first touch µs/page': pageUs.toFixed(1),
        'touch again ms/MB': med('againMsPerMb').toFixed(2),
        'new 3 KB file µs': med('newUs').toFixed(0),
        'new file again µs': med('newAgainUs').toFixed(0),
        'overwrite µs': med('overwriteUs').toFixed(0),
        'stat µs': med('statUs').toFixed(1),
        'delete µs': med('deleteUs').toFixed(0),
        'new file after deleting µs': med('newAfterDeleteUs').toFixed(0),
        'UTF-8 decode 40 MB ms': med('msPer40Mb').toFixed(0),
      },
    ]),
  );
} finally {
  for (const root of made) trash.discard(root);
  trash.empty();
}
