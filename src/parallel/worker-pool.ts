import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { BoilerstripError, type ErrorCode, type ErrorLocation } from '../errors.js';
import type { BatchRequest, BatchResult, WorkerSettings } from './protocol.js';

const WORKER_URL = new URL('./worker.js', import.meta.url);

type Done = Extract<BatchResult, { output: Uint8Array }>;

interface Pending {
  resolve: (result: Done) => void;
  reject: (error: Error) => void;
}

/** `--jobs auto`: one worker per core. */
export const autoJobs = (): number => availableParallelism();

/** Worker threads that clean batches; each batch goes to the worker with the fewest waiting. */
export class WorkerPool {
  private readonly workers: { worker: Worker; pending: Map<number, Pending> }[];
  private nextId = 0;
  private failure: Error | undefined;

  constructor(size: number, settings: WorkerSettings) {
    this.workers = Array.from({ length: size }, () => {
      const entry = { worker: new Worker(WORKER_URL, { workerData: settings }), pending: new Map<number, Pending>() };
      entry.worker.on('message', (result: BatchResult) => this.settle(entry.pending, result));
      entry.worker.on('error', (error) => this.fail(error));
      entry.worker.on('exit', (code) => {
        if (entry.pending.size > 0) this.fail(new Error(`a worker thread stopped (exit ${code}) with batches still to clean`));
      });
      return entry;
    });
  }

  get size(): number {
    return this.workers.length;
  }

  /** Cleans one batch; `bytes` is moved to the worker, not copied. */
  clean(bytes: Uint8Array, firstLine: number, label: string): Promise<Done> {
    if (this.failure) return Promise.reject(this.failure);
    const entry = this.workers.reduce((least, candidate) => (candidate.pending.size < least.pending.size ? candidate : least));
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      entry.pending.set(id, { resolve, reject });
      const request: BatchRequest = { id, bytes, firstLine, label };
      entry.worker.postMessage(request, [bytes.buffer as ArrayBuffer]);
    });
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map(({ worker }) => worker.terminate()));
  }

  private settle(pending: Map<number, Pending>, result: BatchResult): void {
    const waiting = pending.get(result.id);
    if (waiting === undefined) return;
    pending.delete(result.id);
    if ('output' in result) waiting.resolve(result);
    else {
      const { message, code, location } = result.error;
      waiting.reject(code === undefined ? new Error(message) : new BoilerstripError(code as ErrorCode, message, location as ErrorLocation));
    }
  }

  private fail(error: Error): void {
    this.failure ??= error;
    for (const { pending } of this.workers) {
      for (const waiting of pending.values()) waiting.reject(error);
      pending.clear();
    }
  }
}
