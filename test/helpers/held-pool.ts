import type { BatchInput, CleanedBatch } from '../../src/parallel/protocol.js';
import type { SentBatch, WorkerPool } from '../../src/parallel/worker-pool.js';

/** A batch the stand-in pool was sent, until the test answers it. */
export interface HeldBatch {
  batch: BatchInput;
  /** Cleans it as a worker would and answers with the result. */
  settle(): void;
  /** Answers with an error, as a worker whose cleaning threw. */
  fail(error: Error): void;
  /** Answered, failed or taken back. */
  done: boolean;
  /** Set by the test: its worker has begun it, so it can no longer be taken back. */
  begun: boolean;
}

/**
 * WorkerPool without threads, for the code that shares batches: every batch sent waits until the
 * test settles it (or, with `answerAfter`, until that many milliseconds have passed), so a test
 * decides in which order the "workers" answer. A batch not yet answered may be taken back only
 * when `canTakeBack` is set and the test has not marked it `begun`.
 */
export class HeldPool {
  readonly held: HeldBatch[] = [];
  canTakeBack = false;
  /** Every batch finds room on a worker (so none is cleaned by the caller). */
  alwaysRoom = false;
  /** The most batches ever sent and not yet answered or taken back. */
  mostOutstanding = 0;

  constructor(
    readonly size: number,
    private readonly cleanBatch: (batch: BatchInput) => CleanedBatch,
    private readonly answerAfter?: (index: number) => number,
  ) {}

  get outstanding(): number {
    return this.held.filter(({ done }) => !done).length;
  }

  hasRoom(limit: number): boolean {
    return this.alwaysRoom || this.outstanding < this.size * limit;
  }

  clean(batch: BatchInput): SentBatch {
    let resolve!: (result: CleanedBatch) => void;
    let reject!: (error: Error) => void;
    const result = new Promise<CleanedBatch>((onResult, onError) => {
      resolve = onResult;
      reject = onError;
    });
    const held: HeldBatch = {
      batch,
      done: false,
      begun: false,
      settle: () => {
        if (held.done) return;
        held.done = true;
        resolve(this.cleanBatch(batch));
      },
      fail: (error) => {
        if (held.done) return;
        held.done = true;
        reject(error);
      },
    };
    this.held.push(held);
    this.mostOutstanding = Math.max(this.mostOutstanding, this.outstanding);
    if (this.answerAfter) setTimeout(held.settle, this.answerAfter(this.held.length - 1));
    const takeBack = (): boolean => {
      if (!this.canTakeBack || held.done || held.begun) return false;
      held.done = true;
      return true;
    };
    return { result, takeBack };
  }

  /** As the type the dispatcher and the stream take. */
  asPool(): WorkerPool {
    return this as unknown as WorkerPool;
  }
}
