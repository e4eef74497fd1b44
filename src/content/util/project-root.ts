/**
 * The project folder: where `package.json` and `src/content` are. The pipeline runs from its
 * sources (tests, tsx) and from the bundle `pipeline.mjs` compiles into
 * `node_modules/.cache/reader-pipeline/`; both find the project upward from where they are.
 */
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';

function findProjectRoot(from: string): string {
  for (let dir = from; ; dir = dirname(dir)) {
    if (existsSync(join(dir, 'package.json')) && existsSync(join(dir, 'src', 'content'))) return dir;
    if (dirname(dir) === dir) throw new Error(`no project folder (package.json and src/content) above ${from}`);
  }
}

export const PROJECT_ROOT = findProjectRoot(import.meta.dirname);
