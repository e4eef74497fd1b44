/**
 * Worker thread body of `TokenThread` (token-thread.ts): a `SearchTokenStore` fed batch by
 * batch, which writes the index's shards into the bundle folder when asked. Messages are taken
 * in the order they were posted, so every batch is in before the index is written.
 * Started through `token-worker.mjs`, which loads this TypeScript file with tsx.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parentPort } from 'node:worker_threads';
import { SearchTokenStore } from './post-tokens.ts';
import type { TokenMessage, TokenReply } from './token-messages.ts';

const store = new SearchTokenStore();
const made = new Set<string>();

/** Synchronous writes: this thread has nothing else to do meanwhile. */
function write(outDir: string, path: string, bytes: Uint8Array): void {
  const file = join(outDir, path);
  const dir = dirname(file);
  if (!made.has(dir)) {
    mkdirSync(dir, { recursive: true });
    made.add(dir);
  }
  writeFileSync(file, bytes);
}

parentPort!.on('message', (message: TokenMessage) => {
  if (message.kind === 'add') {
    store.add(message.ids, message.batch);
    return;
  }
  const { articleIds, shape, outDir } = message;
  const reply = (answer: TokenReply) => parentPort!.postMessage(answer);
  store
    .index(articleIds, shape, {
      outDir,
      // A throw here rejects writeShards, which awaits each write, as a rejection would.
      write: (path, bytes) => {
        write(outDir, path, bytes);
        return Promise.resolve();
      },
    })
    .then(
      (index) => reply({ index }),
      (error: unknown) => reply({ error: error instanceof Error ? error.message : String(error) }),
    )
    .finally(() => store.clear());
});
