/**
 * The app's architecture, checked on every test run: a feature imports no other feature
 * (routes compose them), the shared folders import no feature and no route, nothing imports a
 * route file except the route tree, no module imports itself back through others, and one
 * component inserts HTML.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const SRC = path.dirname(fileURLToPath(import.meta.url));
/** Build-time code (the pipeline) and the service worker have layers of their own. */
const OUTSIDE_THE_APP = ['content', 'sw'];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return dir === SRC && OUTSIDE_THE_APP.includes(entry.name) ? [] : sourceFiles(full);
    return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [full] : [];
  });
}

/** Each app module (path relative to src/) and the app modules it imports. */
function importGraph(): Map<string, string[]> {
  const graph = new Map<string, string[]>();
  for (const file of sourceFiles(SRC)) {
    const text = readFileSync(file, 'utf8');
    const targets = [...text.matchAll(/(?:^|\n)\s*(?:import|export)\b[^'"]*?from\s+'(\.[^']+)'|import\('(\.[^']+)'\)/g)]
      .map((match) => path.relative(SRC, path.resolve(path.dirname(file), match[1] ?? match[2])))
      .filter((target) => !target.startsWith('..'));
    graph.set(path.relative(SRC, file), targets);
  }
  return graph;
}

const graph = importGraph();
const featureOf = (module: string) => /^features\/([^/]+)\//.exec(module)?.[1] ?? null;
const edges = [...graph].flatMap(([from, targets]) => targets.map((to) => ({ from, to })));
const describeEdge = ({ from, to }: { from: string; to: string }) => `${from} → ${to}`;

describe('import boundaries', () => {
  it('sees the app', () => {
    expect(graph.has('routes/__root.tsx')).toBe(true);
    expect(graph.has('features/reader/components/article-body.tsx')).toBe(true);
    expect(edges.length).toBeGreaterThan(100);
  });

  it('a feature imports no other feature', () => {
    const crossing = edges.filter(({ from, to }) => featureOf(from) && featureOf(to) && featureOf(from) !== featureOf(to));
    expect(crossing.map(describeEdge)).toEqual([]);
  });

  it('the shared folders import no feature and no route', () => {
    const shared = /^(lib|data|bundle|search)\//;
    const upward = edges.filter(({ from, to }) => shared.test(from) && /^(features|routes)\//.test(to));
    expect(upward.map(describeEdge)).toEqual([]);
  });

  it('only routes and the app entry import routes', () => {
    const intoRoutes = edges.filter(({ from, to }) => to.startsWith('routes/') && !from.startsWith('routes/') && from !== 'routeTree.gen.ts');
    expect(intoRoutes.map(describeEdge)).toEqual([]);
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

describe('untrusted HTML', () => {
  it('is inserted by ArticleBody alone, which sanitizes it', () => {
    const inserting = [...graph.keys()].filter((module) => readFileSync(path.join(SRC, module), 'utf8').includes('dangerouslySetInnerHTML'));
    expect(inserting).toEqual(['features/reader/components/article-body.tsx']);
  });
});
