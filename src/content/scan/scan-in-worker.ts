/** The scan phase on a worker thread of its own (the thread body: scan-worker.ts). */
import { Worker } from 'node:worker_threads';
import { runScanPhase, unpackScanPhase, type PackedScanPhase, type ScanPhase, type ScanRequest } from './scan-phase.ts';

const WORKER_ENTRY = new URL('./scan-worker.mjs', import.meta.url);

/**
 * `runScanPhase` in a worker thread. A worker that cannot start or dies means the phase runs
 * here instead (and a problem with the archive folder then surfaces as it would have).
 */
export function scanInWorker(request: ScanRequest): Promise<ScanPhase> {
  return new Promise<ScanPhase>((resolve) => {
    let settled = false;
    const fallBack = () => {
      if (settled) return;
      settled = true;
      resolve(runScanPhase(request));
    };
    let worker: Worker;
    try {
      worker = new Worker(WORKER_ENTRY, { workerData: request });
    } catch {
      fallBack();
      return;
    }
    worker.once('message', (packed: PackedScanPhase) => {
      settled = true;
      resolve(unpackScanPhase(packed, request.contentDir));
      void worker.terminate();
    });
    worker.once('error', fallBack);
    worker.once('exit', fallBack);
  });
}
