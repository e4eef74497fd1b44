/**
 * Worker thread body: processes each batch it is sent and posts the results back, in the
 * order the batches came (the pool matches replies to tasks by order; each batch is done,
 * files written, before the next message is taken).
 * Started through `batch-worker.mjs`, which loads this TypeScript file with tsx.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { createBatchProcessor, type BatchContext, type BatchItem } from './batch.ts';

const processBatch = createBatchProcessor(workerData as BatchContext);
parentPort!.on('message', (batch: BatchItem[]) => {
  const result = processBatch(batch);
  parentPort!.postMessage(result, result.tokens ? [result.tokens.bytes.buffer as ArrayBuffer, result.tokens.offsets.buffer as ArrayBuffer] : []);
});
