import { parentPort } from 'node:worker_threads';
import { indexChunk, type ChunkTask } from './index-chunk.ts';

parentPort!.on('message', (task: ChunkTask) => {
  const result = indexChunk(task);
  parentPort!.postMessage(result, [result.starts.buffer as ArrayBuffer, result.values.buffer as ArrayBuffer]);
});
