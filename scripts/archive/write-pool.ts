/** Writes many files with a bounded number of writes in flight. */
import { mkdirSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';

/** Enough to keep the disk busy on 2 cores without thousands of open handles. */
const DEFAULT_CONCURRENCY = 32;

export class WritePool {
  private readonly inFlight = new Set<Promise<void>>();
  private readonly madeDirs = new Set<string>();
  private failure: Error | null = null;
  files = 0;
  bytes = 0;

  constructor(private readonly root: string, private readonly concurrency = DEFAULT_CONCURRENCY) {}

  /** Queues a write of `relPath` (forward slashes), waiting first if the pool is full. */
  async write(relPath: string, data: string | Buffer): Promise<void> {
    if (this.failure) throw this.failure;
    const full = path.join(this.root, ...relPath.split('/'));
    const dir = path.dirname(full);
    if (!this.madeDirs.has(dir)) {
      mkdirSync(dir, { recursive: true });
      this.madeDirs.add(dir);
    }
    const buffer = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
    this.files++;
    this.bytes += buffer.length;
    const job: Promise<void> = writeFile(full, buffer)
      .catch((err: unknown) => {
        this.failure ??= err instanceof Error ? err : new Error(String(err));
      })
      .finally(() => this.inFlight.delete(job));
    this.inFlight.add(job);
    if (this.inFlight.size >= this.concurrency) await Promise.race(this.inFlight);
  }

  /** Waits for every queued write; throws the first write error, if any. */
  async drain(): Promise<void> {
    await Promise.all(this.inFlight);
    if (this.failure) throw this.failure;
  }
}
