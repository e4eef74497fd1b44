/**
 * Vite plugin: lists the first screen's lazily loaded route chunks in index.html as
 * `<link rel="modulepreload">`, so the browser fetches them together with the entry instead of
 * after the entry has run and the router has matched the URL (one round trip less before the
 * list paints). The router splits each route's component into its own chunk
 * (`autoCodeSplitting`); the list view (`/`, every filtered list, and the layout under an
 * article) is the `_browse` layout and its index leaf.
 */
import type { Plugin } from 'vite';

/** The split-off components every first screen renders (not their error or not-found views). */
const FIRST_SCREEN_ROUTES = [/\/src\/routes\/_browse\.tsx\?tsr-split=component$/, /\/src\/routes\/_browse\/index\.tsx\?tsr-split=component$/];

interface ChunkLike {
  type: 'chunk' | 'asset';
  fileName: string;
  facadeModuleId?: string | null;
  isEntry?: boolean;
  imports?: string[];
}

/** The files to preload: the first screen's route chunks and what they import, minus what the entry already loads. */
export function firstScreenChunks(bundle: Record<string, ChunkLike>): string[] {
  const chunks = Object.values(bundle).filter((c): c is ChunkLike & { type: 'chunk' } => c.type === 'chunk');
  const byName = new Map(chunks.map((c) => [c.fileName, c]));
  const loadedByEntry = new Set<string>();
  const walk = (name: string, into: Set<string>) => {
    if (into.has(name)) return;
    into.add(name);
    for (const dep of byName.get(name)?.imports ?? []) walk(dep, into);
  };
  for (const entry of chunks.filter((c) => c.isEntry)) walk(entry.fileName, loadedByEntry);
  const wanted = new Set<string>();
  for (const chunk of chunks) {
    if (chunk.facadeModuleId && FIRST_SCREEN_ROUTES.some((re) => re.test(chunk.facadeModuleId!))) walk(chunk.fileName, wanted);
  }
  return [...wanted].filter((name) => !loadedByEntry.has(name)).sort();
}

export function firstScreenPreload(): Plugin {
  let base = '/';
  return {
    name: 'first-screen-preload',
    apply: 'build',
    configResolved(config) {
      base = config.base;
    },
    transformIndexHtml: {
      order: 'post',
      handler(_html, ctx) {
        if (!ctx.bundle) return;
        return firstScreenChunks(ctx.bundle as Record<string, ChunkLike>).map((fileName) => ({
          tag: 'link',
          attrs: { rel: 'modulepreload', crossorigin: true, href: `${base}${fileName}` },
          injectTo: 'head' as const,
        }));
      },
    },
  };
}
