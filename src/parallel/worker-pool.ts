import { Worker } from 'node:worker_threads';
import { BoilerstripError, type ErrorCode, type ErrorLocation } from '../errors.js';
import { TAKEN_BACK, WAITING, type BatchInput, type BatchRequest, type BatchResult, type CleanedBatch, type WorkerData } from './protocol.js';

const WORKER_URL = new URL('./worker.js', import.meta.url);

interface Pending {
  resolve: (result: CleanedBatch) => void;
  reject: (error: Error) => void;
}

/** A batch sent to a worker. */
export interface SentBatch {
  result: Promise<CleanedBatch>;
  /** Takes the batch back if its worker has not begun it (the worker will skip it); whether it did. `result` then never settles. */
  takeBack(): boolean;
}

/** Worker threads that clean batches; each batch goes to the worker with the fewest waiting. */
export class WorkerPool {
  private readonly workers: { worker: Worker; pending: Map<number, Pending> }[];
  private nextId = 0;
  private failure: Error | undefined;

  constructor(size: number, data: WorkerData) {
    this.workers = Array.from({ length: size }, () => {
      const entry = { worker: new Worker(WORKER_URL, { workerData: data }), pending: new Map<number, Pending>() };
      entry.worker.on('message', (result: BatchResult) => this.settle(entry.pending, result));
      entry.worker.on('error', (error) => this.fail(error));
      entry.worker.on('exit', (code) => {
        if (entry.pending.size > 0) {
          this.fail(new BoilerstripError('E_WORKER', `a --jobs worker thread stopped (exit ${code}) with batches still to clean; run again with --jobs 1 to clean on the main thread alone.`));
        }
      });
      return entry;
    });
  }

  get size(): number {
    return this.workers.length;
  }

  /** Whether some worker has fewer than `limit` batches sent and not yet back. */
  hasRoom(limit: number): boolean {
    return this.workers.some(({ pending }) => pending.size < limit);
  }

  /** Cleans one batch; `bytes.buffer` is moved to the worker, not copied, so it must hold nothing else. */
  clean(batch: BatchInput): SentBatch {
    if (this.failure) return { result: Promise.reject(this.failure), takeBack: () => false };
    const entry = this.workers.reduce((least, candidate) => (candidate.pending.size < least.pending.size ? candidate : least));
    const id = this.nextId++;
    const claim = new Int32Array(new SharedArrayBuffer(Int32Array.BYTES_PER_ELEMENT));
    const result = new Promise<CleanedBatch>((resolve, reject) => {
      entry.pending.set(id, { resolve, reject });
      const request: BatchRequest = { id, claim, ...batch };
      entry.worker.postMessage(request, [batch.bytes.buffer as ArrayBuffer]);
    });
    const takeBack = (): boolean => {
      if (!entry.pending.has(id) || Atomics.compareExchange(claim, 0, WAITING, TAKEN_BACK) !== WAITING) return false;
      entry.pending.delete(id);
      return true;
    };
    return { result, takeBack };
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
