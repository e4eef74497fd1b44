import { describe, expect, it } from 'vitest';
import { firstScreenChunks } from './first-screen-preload.ts';

const chunk = (fileName: string, facadeModuleId: string | null, imports: string[] = [], isEntry = false) =>
  ({ type: 'chunk' as const, fileName, facadeModuleId, imports, isEntry });

describe('firstScreenChunks', () => {
  const bundle: Parameters<typeof firstScreenChunks>[0] = Object.fromEntries([
    chunk('assets/index.js', '/app/index.html', ['assets/i18n.js'], true),
    chunk('assets/i18n.js', null),
    chunk('assets/_browse-a.js', '/app/src/routes/_browse.tsx?tsr-split=component', ['assets/index.js', 'assets/i18n.js', 'assets/highlighted.js']),
    chunk('assets/_browse-b.js', '/app/src/routes/_browse/index.tsx?tsr-split=component', ['assets/index.js']),
    chunk('assets/_browse-err.js', '/app/src/routes/_browse.tsx?tsr-split=errorComponent', ['assets/index.js']),
    chunk('assets/highlighted.js', null, ['assets/index.js']),
    chunk('assets/article.js', '/app/src/routes/_browse/articles.$id.tsx?tsr-split=component', ['assets/purify.js']),
    chunk('assets/purify.js', null),
  ].map((c) => [c.fileName, c]));
  bundle['assets/index.css'] = { type: 'asset', fileName: 'assets/index.css', facadeModuleId: null, imports: [], isEntry: false };

  it("lists the list view's component chunks and their imports, not what the entry loads", () => {
    expect(firstScreenChunks(bundle)).toEqual(['assets/_browse-a.js', 'assets/_browse-b.js', 'assets/highlighted.js']);
  });

  it('leaves out error and not-found views and other routes', () => {
    const files = firstScreenChunks(bundle);
    expect(files).not.toContain('assets/_browse-err.js');
    expect(files).not.toContain('assets/article.js');
    expect(files).not.toContain('assets/purify.js');
  });
});
