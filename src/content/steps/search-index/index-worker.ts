import { parentPort } from 'node:worker_threads';
import { indexChunk, type ChunkTask } from './index-chunk.ts';

parentPort!.on('message', (task: ChunkTask) => {
  const result = indexChunk(task);
  const arrays = result.encoded ? Object.values(result.encoded) : result.lists ? Object.values(result.lists) : [];
  parentPort!.postMessage(result, arrays.map((array: Int32Array | Uint8Array) => array.buffer as ArrayBuffer));
});
