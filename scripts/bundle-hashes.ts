/**
 * Proves a change of the pipeline's code leaves its output alone: builds reference archives from
 * scratch (with SITE_URL and BASE_PATH set, next to a fixed app page) and hashes every file the
 * pipeline writes (the data bundle, the preview pages, 404.html, the feed and the sitemap) and
 * its report, then writes the hashes or compares them with a file of them.
 *
 *   node --import tsx scripts/bundle-hashes.ts --write hashes.json   # before the change
 *   node --import tsx scripts/bundle-hashes.ts --check hashes.json   # after: lists what differs
 *
 * Archives: the demo archive (content/), the real sample (../shared/corpus/rsshub-page, when
 * present) and a seeded 10,000-post archive from the bench's generator (`--sizes` to change:
 * `--sizes demo,sample,1000`). The report's per-file `codes` are left out of its hash: the
 * error catalogue added them, and everything else in the report must stay as it was.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { generateArchive } from './archive-generator.ts';

const root = resolve(import.meta.dirname, '..');
const SEED = 20211224;
/**
 * The page the preview pages are made from (the built app's index.html in a real build): fixed
 * here, so that a change of the app's code, which renames its hashed scripts, is not a difference.
 */
const APP_PAGE = '<!doctype html>\n<html lang="zh-CN">\n<head>\n<meta charset="UTF-8" />\n<title>app</title>\n</head>\n<body><div id="root"></div></body>\n</html>\n';

type Hashes = Record<string, Record<string, string>>;

const args = process.argv.slice(2);
const option = (name: string) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : undefined;
};
const writeTo = option('write');
const checkAgainst = option('check');
const sizes = (option('sizes') ?? 'demo,sample,10000').split(',');
if (!writeTo === !checkAgainst) {
  process.stderr.write('usage: bundle-hashes.ts (--write FILE | --check FILE) [--sizes demo,sample,10000]\n');
  process.exit(2);
}

const sha256 = (bytes: Buffer | string) => createHash('sha256').update(bytes).digest('hex');

function hashTree(dir: string): Record<string, string> {
  const hashes: Record<string, string> = {};
  for (const rel of (readdirSync(dir, { recursive: true }) as string[]).sort()) {
    const file = join(dir, rel);
    try {
      hashes[rel.split('\\').join('/')] = sha256(readFileSync(file));
    } catch {
      // a folder
    }
  }
  return hashes;
}

/** The report without the catalogue's `codes`, so adding them is not a difference. */
function reportHash(file: string): string {
  const report = JSON.parse(readFileSync(file, 'utf8')) as { files: Record<string, unknown>[] };
  for (const entry of report.files) delete entry.codes;
  return sha256(JSON.stringify(report));
}

async function archiveDir(size: string, work: string): Promise<string | null> {
  if (size === 'demo') return join(root, 'content');
  if (size === 'sample') {
    const sample = resolve(root, '../shared/corpus/rsshub-page');
    return existsSync(sample) ? sample : null;
  }
  const dir = join(work, `archive-${size}`);
  await generateArchive({ dir, count: Number(size), seed: SEED, withImages: false });
  return dir;
}

const work = mkdtempSync(join(tmpdir(), 'bundle-hashes-'));
const hashes: Hashes = {};
try {
  for (const size of sizes) {
    const content = await archiveDir(size, work);
    if (!content) {
      process.stderr.write(`${size}: archive not found, skipped\n`);
      continue;
    }
    const site = join(work, `site-${size}`);
    const report = join(work, `report-${size}.json`);
    mkdirSync(site, { recursive: true });
    writeFileSync(join(site, 'index.html'), APP_PAGE);
    execFileSync(process.execPath, [join(root, 'src/content/cli/pipeline.mjs'), '--content', content, '--out', join(site, 'data'), '--report', report, '--no-cache'], {
      cwd: root,
      env: { ...process.env, SITE_URL: 'https://example.org/news/', BASE_PATH: '/news/' },
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    hashes[size] = { ...hashTree(site), 'content-report.json': reportHash(report) };
    const digest = sha256(Object.entries(hashes[size]).map(([path, hash]) => `${hash}  ${path}\n`).join(''));
    process.stdout.write(`${size}: ${Object.keys(hashes[size]).length} files, sha256 of all ${digest}\n`);
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}

if (writeTo) {
  writeFileSync(writeTo, JSON.stringify(hashes, null, 1));
  process.stdout.write(`written: ${relative(process.cwd(), writeTo)}\n`);
} else {
  const before = JSON.parse(readFileSync(checkAgainst!, 'utf8')) as Hashes;
  let differences = 0;
  for (const size of Object.keys(hashes)) {
    const was = before[size] ?? {};
    const now = hashes[size];
    for (const path of new Set([...Object.keys(was), ...Object.keys(now)])) {
      if (was[path] === now[path]) continue;
      differences++;
      if (differences <= 20) process.stdout.write(`${size}: ${path}: ${!was[path] ? 'new' : !now[path] ? 'gone' : 'differs'}\n`);
    }
  }
  process.stdout.write(differences === 0 ? 'same bytes as before\n' : `${differences} files differ\n`);
  process.exit(differences === 0 ? 0 : 1);
}
