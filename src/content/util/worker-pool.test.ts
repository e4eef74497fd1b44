import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { createWorkerPool } from './worker-pool.ts';
import { tempDir } from './test-archive.ts';

// A worker that doubles numbers, and dies on 'crash' (as a worker killed by a native fault would).
const WORKER = `
import { parentPort, workerData, threadId } from 'node:worker_threads';
parentPort.on('message', (task) => {
  if (task === 'crash') process.exit(7);
  parentPort.postMessage({ value: task * workerData.factor, threadId });
});
`;

describe('createWorkerPool', () => {
  const dir = tempDir('pool');
  const entry = pathToFileURL(join(dir, 'worker.mjs'));
  writeFileSync(entry, WORKER);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('runs every task on the workers and returns each its own result', async () => {
    const pool = createWorkerPool<number, { value: number; threadId: number }>({ size: 2, entry, workerData: { factor: 2 } });
    try {
      const results = await Promise.all([1, 2, 3, 4, 5, 6, 7, 8].map((n) => pool.run(n)));
      expect(results.map((r) => r.value)).toEqual([2, 4, 6, 8, 10, 12, 14, 16]);
      expect(new Set(results.map((r) => r.threadId)).size).toBe(2);
    } finally {
      await pool.close();
    }
  });

  it('fails only the tasks of a worker that dies, and replaces it', async () => {
    const pool = createWorkerPool<number | string, { value: number }>({ size: 1, entry, workerData: { factor: 3 }, tasksPerWorker: 1 });
    try {
      const crash = pool.run('crash');
      const after = pool.run(5);
      await expect(crash).rejects.toThrow('worker stopped with exit code 7');
      expect((await after).value).toBe(15);
    } finally {
      await pool.close();
    }
  });

  it('gives up when workers keep dying, rejecting what is left', async () => {
    const pool = createWorkerPool<string, unknown>({ size: 1, entry, maxCrashes: 1, tasksPerWorker: 1 });
    try {
      const outcomes = await Promise.allSettled(['crash', 'crash', 'crash'].map((t) => pool.run(t)));
      expect(outcomes.map((o) => (o.status === 'rejected' ? (o.reason as Error).message : 'ok'))).toEqual([
        'worker stopped with exit code 7',
        'worker stopped with exit code 7',
        'workers keep failing: worker stopped with exit code 7',
      ]);
    } finally {
      await pool.close();
    }
  });
});
