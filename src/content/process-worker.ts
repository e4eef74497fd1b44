/**
 * Worker thread body: processes each batch it is sent and posts the results back.
 * Started through `process-worker.mjs`, which loads this TypeScript file with tsx.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { processBatch, type BatchContext, type BatchItem } from './process-batch.ts';

const context = workerData as BatchContext;
parentPort!.on('message', (batch: BatchItem[]) => {
  parentPort!.postMessage(processBatch(batch, context));
});
