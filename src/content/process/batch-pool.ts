/**
 * Runs the batch processor (batch.ts) over every post: on a pool of worker threads, or on the main thread
 * when `workers` is 0. The pool starts when the processor is created, so the workers load
 * their code while the archive is still being scanned.
 */
import { message } from '../report/codes.ts';
import { createBatchProcessor, type BatchContext, type BatchProcessor, type BatchItem, type BatchResult, type ItemResult } from './batch.ts';
import type { SearchTokens } from '../steps/search-index/post-tokens.ts';
import { createWorkerPool, type WorkerPool } from '../util/worker-pool.ts';

const WORKER_ENTRY = new URL('./batch-worker.mjs', import.meta.url);
/** Largest batch sent to a worker: big enough to amortize messaging, small enough to balance. */
const MAX_BATCH = 64;
/** Batches per worker at least, so a slow batch at the end does not leave a core idle for long. */
const BATCHES_PER_WORKER = 8;

export interface BatchPool {
  /** Results in the order of `items`; the search tokens (when the context takes them) go to `tokens`. */
  processAll(items: readonly BatchItem[], tokens?: SearchTokens): Promise<ItemResult[]>;
  close(): Promise<void>;
}

export function createBatchPool(context: BatchContext, workers: number): BatchPool {
  const pool: WorkerPool<BatchItem[], BatchResult> | null =
    workers > 0 ? createWorkerPool({ size: workers, entry: WORKER_ENTRY, workerData: context }) : null;
  let processBatch: BatchProcessor | null = null;

  return {
    async processAll(items, tokens) {
      const results = new Array<ItemResult>(items.length);
      const store = (batch: readonly BatchItem[], done: BatchResult) => {
        for (const result of done.results) results[result.index] = result;
        if (done.tokens) tokens?.add(batch.map((item) => item.id), done.tokens);
      };
      if (!pool) {
        processBatch ??= createBatchProcessor(context);
        // A batch at a time, letting the event loop run in between (a dev server stays responsive).
        for (let i = 0; i < items.length; i += MAX_BATCH) {
          if (i > 0) await new Promise((resolve) => setImmediate(resolve));
          const batch = items.slice(i, i + MAX_BATCH);
          store(batch, processBatch(batch));
        }
        return results;
      }
      const size = Math.min(MAX_BATCH, Math.max(1, Math.ceil(items.length / (workers * BATCHES_PER_WORKER))));
      // A batch lost with a crashed worker is retried file by file, so one bad file cannot take
      // its neighbours down with it.
      const run = async (batch: BatchItem[]): Promise<void> => {
        try {
          store(batch, await pool.run(batch));
        } catch (error) {
          if (batch.length > 1) {
            await Promise.all(batch.map((item) => run([item])));
            return;
          }
          const why = message('worker-failed', error instanceof Error ? error.message : String(error));
          const [item] = batch;
          const result: ItemResult = { index: item.index, status: 'skipped', messages: [why], summary: null, categoryPath: [], assets: [] };
          store(batch, { results: [result], tokens: null });
        }
      };
      const batches: Promise<void>[] = [];
      for (let i = 0; i < items.length; i += size) batches.push(run(items.slice(i, i + size)));
      await Promise.all(batches);
      return results;
    },
    async close() {
      await pool?.close();
    },
  };
}
