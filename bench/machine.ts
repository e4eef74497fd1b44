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
 * - UTF-8 decode: 40 MB of Chinese text in JSON-like lines, Buffer to string.
 */
import { mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { median, table } from './stats.ts';

const runsFlag = process.argv.indexOf('--runs');
const runs = runsFlag > 0 ? Number(process.argv[runsFlag + 1]) : 5;

const MB = 1024 * 1024;
const FILES = 10_000;

function time(fn: () => void): number {
  const started = performance.now();
  fn();
  return performance.now() - started;
}

function memory(): { firstMsPerMb: number; againMsPerMb: number } {
  const size = 256 * MB;
  const buffer = Buffer.allocUnsafeSlow(size);
  const first = time(() => buffer.fill(1));
  const again = time(() => buffer.fill(2));
  return { firstMsPerMb: first / 256, againMsPerMb: again / 256 };
}

function files(): { newUs: number; newAgainUs: number; overwriteUs: number; statUs: number } {
  const root = mkdtempSync(join(tmpdir(), 'bench-machine-'));
  try {
    for (let d = 0; d < 100; d++) mkdirSync(join(root, String(d)));
    const data = Buffer.alloc(3000, 97);
    const path = (i: number) => join(root, String(i % 100), `${i}.json`);
    const created = time(() => {
      for (let i = 0; i < FILES; i++) writeFileSync(path(i), data);
    });
    const createdAgain = time(() => {
      for (let i = 0; i < FILES; i++) writeFileSync(path(i + FILES), data);
    });
    const overwritten = time(() => {
      for (let i = 0; i < FILES; i++) writeFileSync(path(i), data);
    });
    const statted = time(() => {
      for (let i = 0; i < FILES; i++) statSync(path(i));
    });
    return { newUs: (created * 1000) / FILES, newAgainUs: (createdAgain * 1000) / FILES, overwriteUs: (overwritten * 1000) / FILES, statUs: (statted * 1000) / FILES };
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

function decode(): { msPer40Mb: number } {
  const line = Buffer.from(`["source/_posts/新闻/频道/关于数字经济的第一条消息.md","人工智能与城市更新：下一步怎么走",12345],\n`);
  const bytes = Buffer.alloc(40 * MB);
  for (let at = 0; at + line.length <= bytes.length; at += line.length) line.copy(bytes, at);
  return { msPer40Mb: time(() => bytes.toString('utf8')) };
}

const samples = Array.from({ length: runs }, () => ({ ...memory(), ...files(), ...decode() }));
const med = (key: keyof (typeof samples)[number]) => median(samples.map((sample) => sample[key]));
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
      'UTF-8 decode 40 MB ms': med('msPer40Mb').toFixed(0),
    },
  ]),
);
