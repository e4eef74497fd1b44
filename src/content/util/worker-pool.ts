/**
 * A small pool of worker threads that run tasks posted as messages (one reply per task, in
 * order). Each worker keeps up to two tasks queued so it never idles while the main thread
 * handles a reply. A worker that dies fails only its own tasks and is replaced.
 */
import { Worker } from 'node:worker_threads';

export interface WorkerPool<Task, Result> {
  run(task: Task): Promise<Result>;
  /** Stops every worker; tasks still waiting are rejected. */
  close(): Promise<void>;
}

export interface WorkerPoolOptions {
  size: number;
  /** Worker entry (a JavaScript module). */
  entry: URL;
  workerData?: unknown;
  /** Tasks a worker holds at once (default 2). */
  tasksPerWorker?: number;
  /** Workers that may die before the pool gives up on replacing them (default 3 × size). */
  maxCrashes?: number;
}

interface Pending<Task, Result> {
  task: Task;
  resolve: (result: Result) => void;
  reject: (error: Error) => void;
}

interface Slot<Task, Result> {
  worker: Worker;
  inFlight: Pending<Task, Result>[];
}

export function createWorkerPool<Task, Result>(options: WorkerPoolOptions): WorkerPool<Task, Result> {
  const tasksPerWorker = options.tasksPerWorker ?? 2;
  let crashesLeft = options.maxCrashes ?? 3 * options.size;
  const slots = new Set<Slot<Task, Result>>();
  const waiting: Pending<Task, Result>[] = [];
  let closed = false;

  function spawn() {
    const slot: Slot<Task, Result> = {
      worker: new Worker(options.entry, { workerData: options.workerData }),
      inFlight: [],
    };
    slots.add(slot);
    slot.worker.on('message', (result: Result) => {
      slot.inFlight.shift()?.resolve(result);
      dispatch();
    });
    let failure: Error | null = null;
    slot.worker.on('error', (error) => {
      failure = error;
    });
    slot.worker.on('exit', (code) => {
      slots.delete(slot);
      if (closed) return;
      const error = failure ?? new Error(`worker stopped with exit code ${code}`);
      for (const pending of slot.inFlight.splice(0)) pending.reject(error);
      crashesLeft--;
      if (crashesLeft < 0) {
        for (const pending of waiting.splice(0)) pending.reject(new Error(`workers keep failing: ${error.message}`));
        return;
      }
      spawn();
      dispatch();
    });
  }

  function dispatch() {
    for (const slot of slots) {
      while (waiting.length > 0 && slot.inFlight.length < tasksPerWorker) {
        const pending = waiting.shift()!;
        slot.inFlight.push(pending);
        slot.worker.postMessage(pending.task);
      }
    }
  }

  for (let i = 0; i < options.size; i++) spawn();

  return {
    run(task) {
      if (closed) return Promise.reject(new Error('worker pool is closed'));
      if (crashesLeft < 0) return Promise.reject(new Error('workers keep failing'));
      return new Promise<Result>((resolve, reject) => {
        waiting.push({ task, resolve, reject });
        dispatch();
      });
    },
    async close() {
      closed = true;
      for (const pending of waiting.splice(0)) pending.reject(new Error('worker pool closed'));
      await Promise.all([...slots].map((slot) => slot.worker.terminate()));
    },
  };
}
