/**
 * Writes src/routeTree.gen.ts from src/routes/, as the Vite plugin does during a build, so that
 * `tsc` can check it first. Through the generator's ESM build: the `tsr` command loads its CJS
 * build, whose circular requires make Node print a warning on every run (harmless, but a user
 * reads it as a problem).
 */
import { Generator, getConfig } from '@tanstack/router-generator';

await new Generator({ config: getConfig(), root: process.cwd() }).run();
