/**
 * Worker thread body: processes each batch it is sent and posts the results back, in the
 * order the batches came (the pool matches replies to tasks by order).
 * Started through `process-worker.mjs`, which loads this TypeScript file with tsx.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { processBatch, type BatchContext, type BatchItem } from './process-batch.ts';

const context = workerData as BatchContext;
let last: Promise<unknown> = Promise.resolve();
parentPort!.on('message', (batch: BatchItem[]) => {
  // Parsing starts at once; the reply waits for the batch before it.
  const done = processBatch(batch, context);
  last = Promise.all([done, last]).then(([result]) =>
    parentPort!.postMessage(result, result.tokens ? [result.tokens.bytes.buffer as ArrayBuffer, result.tokens.offsets.buffer as ArrayBuffer] : []),
  );
});
