/**
 * The import boundaries and the one component that inserts HTML are ESLint's rules
 * (eslint.config.js, run by `npm run lint`). These cases check that the configuration still
 * catches each kind of breach: a glob that no longer matches after files move would otherwise
 * switch a rule off without a word.
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** The project's configuration without type information: these rules need none, and it is quicker. */
const eslint = new ESLint({
  cwd: ROOT,
  overrideConfig: { languageOptions: { parserOptions: { projectService: false } } },
  ruleFilter: ({ ruleId }) => /^(import-x\/|react-hooks\/rules-of-hooks$|no-restricted-syntax$)/.test(ruleId),
});

/** Rules that `code` breaks when it is the file at `file` (which need not exist). */
async function rulesBroken(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: path.join(ROOT, file) });
  return [...new Set((result?.messages ?? []).map((message) => message.ruleId ?? message.message))];
}

/** Any module of the pipeline, wherever its folders put it. */
function aPipelineModule(dir = path.join(ROOT, 'src/content')): string {
  for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const full = path.join(dir, entry.name);
    if (entry.isFile() && /^[^.]+\.ts$/.test(entry.name)) return full;
    if (entry.isDirectory()) {
      const found = aPipelineModule(full);
      if (found) return found;
    }
  }
  return '';
}

const relativeTo = (file: string, target: string) => {
  const relative = path.relative(path.dirname(path.join(ROOT, file)), target);
  return relative.startsWith('.') ? relative : `./${relative}`;
};
const ARTICLE_BODY = path.join(ROOT, 'src/features/reader/components/article-body.tsx');

describe('import boundaries', () => {
  it('the pipeline imports no app module', async () => {
    const file = 'src/content/probe.ts';
    expect(await rulesBroken(file, `import '${relativeTo(file, path.join(ROOT, 'src/lib/format-count.ts'))}';`)).toEqual(['import-x/no-restricted-paths']);
    expect(await rulesBroken(file, `import '${relativeTo(file, path.join(ROOT, 'scripts/archive/prng.ts'))}';`)).toEqual(['import-x/no-restricted-paths']);
  });

  it('the pipeline may import the bundle contract, the shared search code and packages', async () => {
    const file = 'src/content/probe.ts';
    const allowed = [path.join(ROOT, 'src/bundle/schema.ts'), path.join(ROOT, 'src/search/tokenize.ts')].map((target) => `import '${relativeTo(file, target)}';`);
    expect(await rulesBroken(file, [...allowed, "import 'yaml';", "import 'node:fs';"].join('\n'))).toEqual([]);
  });

  it('the app imports no pipeline module', async () => {
    const file = 'src/lib/probe.ts';
    expect(await rulesBroken(file, `import '${relativeTo(file, aPipelineModule())}';`)).toEqual(['import-x/no-restricted-paths']);
  });

  it('a feature imports no other feature', async () => {
    const file = 'src/features/dates/lib/probe.ts';
    expect(await rulesBroken(file, `import '${relativeTo(file, ARTICLE_BODY)}';`)).toEqual(['import-x/no-restricted-paths']);
    expect(await rulesBroken(file, "import '../components/timeline.tsx';")).toEqual([]);
  });

  it('the shared folders import no feature and no route', async () => {
    expect(await rulesBroken('src/lib/probe.ts', `import '${relativeTo('src/lib/probe.ts', ARTICLE_BODY)}';`)).toEqual(['import-x/no-restricted-paths']);
    expect(await rulesBroken('src/data/probe.ts', "import '../routes/__root.tsx';")).toEqual(['import-x/no-restricted-paths']);
  });

  it('only routes import route files', async () => {
    expect(await rulesBroken('src/features/dates/lib/probe.ts', "import '../../../routes/__root.tsx';")).toEqual(['import-x/no-restricted-paths']);
    expect(await rulesBroken('src/routes/probe.tsx', "import './__root.tsx';")).toEqual([]);
  });

  it('no module imports itself back through others', async () => {
    // app-link.tsx imports search-params.ts; the reverse import closes a cycle.
    expect(await rulesBroken('src/lib/search-params.ts', "import './app-link.tsx';")).toEqual(['import-x/no-cycle']);
  });
});

describe('the app', () => {
  it('inserts untrusted HTML through ArticleBody alone', async () => {
    const code = "export const Raw = ({ html }: { html: string }) => <div dangerouslySetInnerHTML={{ __html: html }} />;";
    expect(await rulesBroken('src/features/search/components/probe.tsx', code)).toEqual(['no-restricted-syntax']);
    expect(await rulesBroken('src/features/reader/components/article-body.tsx', code)).toEqual([]);
  });

  it('calls hooks by the rules of hooks', async () => {
    const code = "import { useState } from 'react';\nexport function useMaybe(on: boolean) { if (on) useState(0); }";
    expect(await rulesBroken('src/lib/probe.ts', code)).toEqual(['react-hooks/rules-of-hooks']);
  });
});
