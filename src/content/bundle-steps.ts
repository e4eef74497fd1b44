/**
 * The steps that derive more files from a finished bundle, in the order they run. Both the CLI
 * and the Vite plugin (through the CLI) build with these.
 */
import type { BundleStep } from './build-archive.ts';
import type { ContentConfig } from './config.ts';
import { searchIndexStep } from './search/search-index-step.ts';

export function bundleSteps(_config: ContentConfig): BundleStep[] {
  return [searchIndexStep()];
}
