/**
 * Worker thread body: runs the scan phase it is given (see scan-phase.ts) and posts the result.
 * Started through `scan-worker.mjs`, which loads this TypeScript file with tsx.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { packScanPhase, runScanPhase, type ScanRequest } from './scan-phase.ts';

const { packed, transfer } = packScanPhase(await runScanPhase(workerData as ScanRequest));
parentPort!.postMessage(packed, transfer);
