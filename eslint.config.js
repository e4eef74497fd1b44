// ESLint keeps the rules of docs/architecture.md#import-boundaries: which folder may import
// which, no import cycles, one component that inserts HTML; plus typescript-eslint and the
// React hooks rules. `npm run lint` runs it with --max-warnings 0, then knip (knip.json).
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { defineConfig } from 'eslint/config';
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import { importX } from 'eslint-plugin-import-x';
import globals from 'globals';

const ROOT = import.meta.dirname;
const features = readdirSync(path.join(ROOT, 'src/features'), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);

/** The pipeline (build time, Node) imports itself, the bundle contract, the shared search code and packages. */
const pipelineZones = (extraAllowed = []) => [{
  target: './src/content',
  from: '.',
  except: ['./src/content', './src/bundle', './src/search', './node_modules', ...extraAllowed],
  message: 'The pipeline imports only src/content, src/bundle, src/search and packages (docs/architecture.md#import-boundaries).',
}];

/** The app: the browser side of src/, everything but the pipeline. */
const appZones = [
  {
    target: './src',
    from: './src/content',
    message: 'The app never imports the pipeline; share types through src/bundle/schema.ts.',
  },
  ...features.map((feature) => ({
    target: `./src/features/${feature}`,
    from: './src/features',
    except: [`./${feature}`],
    message: 'A feature imports no other feature: the routes compose them; shared code goes to src/lib or src/data.',
  })),
  {
    target: ['./src/lib', './src/data', './src/bundle', './src/search', './src/sw'],
    from: ['./src/features', './src/routes'],
    message: 'Shared folders know no feature and no route.',
  },
  {
    target: ['./src/features', './src/lib', './src/data', './src/bundle', './src/search', './src/sw', './src/main.tsx', './src/router.tsx'],
    from: './src/routes',
    message: 'Only routes (and the generated route tree) import route files.',
  },
];

const restrictedPaths = (zones) => ({ 'import-x/no-restricted-paths': ['error', { basePath: ROOT, zones }] });

export default defineConfig(
  {
    ignores: ['dist/**', 'node_modules/**', 'coverage/**', 'test-results/**', 'playwright-report/**',
      'bench/.archives/**', 'bench/results/**', 'content/**', '.ci/reports/**', 'src/routeTree.gen.ts'],
  },
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    extends: [tseslint.configs.recommendedTypeCheckedOnly],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: ROOT } },
    rules: {
      // TanStack Router's loaders end by throwing its notFound() and redirect() values.
      '@typescript-eslint/only-throw-error': ['error', {
        allow: [{ from: 'package', package: '@tanstack/router-core', name: ['NotFoundError', 'Redirect'] }],
      }],
      // React calls event handlers and ignores what they return; an async handler is fine there.
      '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: { attributes: false } }],
    },
  },
  {
    rules: {
      // A leading underscore names a parameter a signature needs and the body does not.
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // The pipeline keeps ideographic and other odd spaces of real posts, so its fixtures and
      // generators write them on purpose inside strings, templates and patterns.
      'no-irregular-whitespace': ['error', { skipStrings: true, skipTemplates: true, skipRegExps: true }],
    },
  },
  {
    plugins: { 'import-x': importX },
    settings: {
      // Which files import-x reads to follow imports (no-cycle), and with which parser.
      'import-x/extensions': ['.ts', '.tsx', '.js', '.mjs'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx'] },
      'import-x/resolver-next': [importX.createNodeResolver({ extensions: ['.ts', '.tsx', '.mjs', '.js'] })],
    },
    rules: {
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
      'import-x/no-self-import': 'error',
    },
  },
  {
    files: ['**/*.{js,mjs}'],
    languageOptions: { globals: globals.node },
  },
  {
    files: ['public/**/*.js'],
    languageOptions: { globals: globals.browser, sourceType: 'script' },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/content/**'],
    extends: [reactHooks.configs.flat.recommended],
    languageOptions: { globals: globals.browser },
    rules: {
      ...restrictedPaths(appZones),
      'no-restricted-syntax': ['error', {
        selector: 'JSXAttribute[name.name="dangerouslySetInnerHTML"]',
        message: 'Untrusted HTML enters the page through <ArticleBody> alone, which sanitizes it.',
      }],
    },
  },
  {
    files: ['src/features/reader/components/article-body.tsx'],
    rules: { 'no-restricted-syntax': 'off' },
  },
  {
    files: ['src/sw/**'],
    languageOptions: { globals: globals.serviceworker },
  },
  {
    files: ['src/content/**'],
    languageOptions: { globals: globals.node },
    rules: restrictedPaths(pipelineZones()),
  },
  {
    // The pipeline's tests build their archives with the seeded generator in scripts/archive.
    files: ['src/content/**/*.test.ts'],
    rules: restrictedPaths(pipelineZones(['./scripts/archive'])),
  },
  {
    files: ['scripts/**', 'bench/**', 'e2e/**', '*.config.ts'],
    languageOptions: { globals: globals.node },
  },
);
