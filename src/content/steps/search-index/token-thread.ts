/**
 * A `SearchTokenStore` on a thread of its own. Batches are handed over as they arrive (their
 * buffers transferred, not copied), and a full build's index is written there while the main
 * thread writes the lists and saves the cache, instead of after the lists on the main thread
 * with the other core idle.
 */
import { Worker } from 'node:worker_threads';
import type { BatchTokens, SearchTokens, ShardOutput } from './post-tokens.ts';
import type { IndexShape, TokenIndex } from './shard-files.ts';
import type { TokenMessage, TokenReply } from './token-messages.ts';

const WORKER_ENTRY = new URL('./token-worker.mjs', import.meta.url);

export class TokenThread implements SearchTokens {
  private readonly worker = new Worker(WORKER_ENTRY);
  /** Why the thread can no longer answer; its tokens are then lost. */
  private failure: Error | null = null;
  private pending: { resolve: (index: TokenIndex | null) => void; reject: (error: Error) => void } | null = null;

  constructor() {
    this.worker.on('message', (reply: TokenReply) => {
      const pending = this.pending;
      this.pending = null;
      if ('error' in reply) pending?.reject(new Error(reply.error));
      else pending?.resolve(reply.index);
    });
    this.worker.on('error', (error) => this.fail(error));
    this.worker.on('exit', (code) => this.fail(new Error(`its thread stopped (exit code ${code})`)));
  }

  private fail(error: Error): void {
    this.failure ??= error;
    this.pending?.reject(this.failure);
    this.pending = null;
  }

  add(ids: readonly string[], batch: BatchTokens): void {
    if (this.failure) return;
    const message: TokenMessage = { kind: 'add', ids, batch };
    this.worker.postMessage(message, [batch.bytes.buffer as ArrayBuffer, batch.offsets.buffer as ArrayBuffer]);
  }

  index(articleIds: readonly string[], shape: IndexShape, out: ShardOutput): Promise<TokenIndex | null> {
    if (this.failure) return Promise.reject(this.failure);
    if (this.pending) return Promise.reject(new Error('an index is already being written'));
    return new Promise((resolve, reject) => {
      this.pending = { resolve, reject };
      const message: TokenMessage = { kind: 'index', articleIds, shape, outDir: out.outDir };
      this.worker.postMessage(message);
    });
  }

  async close(): Promise<void> {
    this.fail(new Error('closed'));
    await this.worker.terminate();
  }
}
