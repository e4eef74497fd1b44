/**
 * The pipeline's layout, checked on every test run: it imports nothing of the app (only the
 * shared `src/bundle` and `src/search`), no module imports itself back through others (type
 * imports and worker bootstraps count), `util/` knows no stage, and nothing outside `cli/`
 * imports an entry point there (the settings, `cli/config.ts`, are everyone's).
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = path.resolve(import.meta.dirname, '..');
const SHARED = ['content', 'bundle', 'search'];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'fixtures' ? [] : sourceFiles(full);
    return /\.(ts|mjs)$/.test(entry.name) && !/\.test\.ts$/.test(entry.name) ? [full] : [];
  });
}

/** Each module of the pipeline and the shared folders (path relative to src/) and the modules it imports. */
function importGraph(): Map<string, string[]> {
  const graph = new Map<string, string[]>();
  for (const file of SHARED.flatMap((dir) => sourceFiles(path.join(SRC, dir)))) {
    const text = readFileSync(file, 'utf8');
    const specifiers = /(?:^|\n)\s*(?:import|export)\b[^'"]*?from\s+'(\.[^']+)'|import\('(\.[^']+)'\)|(?:new URL|tsImport)\('(\.[^']+\.m?[jt]s)'/g;
    const targets = [...text.matchAll(specifiers)].map((match) =>
      path.relative(SRC, path.resolve(path.dirname(file), match[1] ?? match[2] ?? match[3])),
    );
    graph.set(path.relative(SRC, file), targets);
  }
  return graph;
}

const graph = importGraph();
const edges = [...graph].flatMap(([from, targets]) => targets.map((to) => ({ from, to })));
const describeEdge = ({ from, to }: { from: string; to: string }) => `${from} → ${to}`;
const stageOf = (module: string) => /^content\/([^/]+)\//.exec(module)?.[1] ?? null;

describe('pipeline layout', () => {
  it('sees the pipeline', () => {
    expect(graph.has('content/build/build-archive.ts')).toBe(true);
    expect(graph.get('content/process/batch-worker.mjs')).toEqual(['content/process/batch-worker.ts']);
    expect(edges.length).toBeGreaterThan(100);
  });

  it('imports nothing of the app', () => {
    const outside = edges.filter(({ from, to }) => from.startsWith('content/') && !SHARED.some((dir) => to.startsWith(`${dir}/`)));
    expect(outside.map(describeEdge)).toEqual([]);
  });

  it('util/ imports no stage, and no stage imports an entry point', () => {
    const intoCli = (from: string, to: string) => stageOf(to) === 'cli' && stageOf(from) !== 'cli' && to !== 'content/cli/config.ts';
    const wrong = edges.filter(
      ({ from, to }) => (stageOf(from) === 'util' && stageOf(to) !== null && stageOf(to) !== 'util') || intoCli(from, to),
    );
    expect(wrong.map(describeEdge)).toEqual([]);
  });

  it('has no import cycles', () => {
    const cycles: string[] = [];
    const state = new Map<string, 'open' | 'done'>();
    const visit = (module: string, trail: string[]) => {
      if (state.get(module) === 'done') return;
      if (state.get(module) === 'open') {
        cycles.push([...trail.slice(trail.indexOf(module)), module].join(' → '));
        return;
      }
      state.set(module, 'open');
      for (const next of graph.get(module) ?? []) visit(next, [...trail, module]);
      state.set(module, 'done');
    };
    for (const module of graph.keys()) visit(module, []);
    expect(cycles).toEqual([]);
  });
});
