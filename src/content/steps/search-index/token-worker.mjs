// Node 20 cannot start a worker from a .ts file; this bootstrap loads it through tsx.
import { tsImport } from 'tsx/esm/api';

await tsImport('./token-worker.ts', import.meta.url);
