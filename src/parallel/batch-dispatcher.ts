import type { RuleSet } from '../rules/compile.js';
import { createBatchCleaner } from './batch-cleaner.js';
import type { BatchInput, CleanedBatch, WorkerSettings } from './protocol.js';
import type { WorkerPool } from './worker-pool.js';

/** Batches in flight per worker: one being cleaned, one waiting, so no worker waits on the main thread. */
const IN_FLIGHT_PER_WORKER = 2;
/**
 * Batches this thread may have cleaned ahead of a worker's older batch still being cleaned, so
 * that it does not sit idle waiting for it (and memory stays bounded). With 2, the main thread
 * and one worker took strictly turns and the main thread waited 1.2 s of an 8 s run; with 4, 0.04 to 0.4 s.
 */
const CLEANED_AHEAD = 4;

/**
 * Shares batches between this thread and the workers: a batch goes to a worker with fewer than
 * two in flight, or else is cleaned here at once (so this thread works rather than waits, and no
 * worker has to start before the first batch is cleaned). Results come back in the order sent.
 */
export class BatchDispatcher {
  /** Sent and not taken, in order; a batch on a worker keeps what is needed to clean it here instead. */
  private readonly inFlight: { result: Promise<CleanedBatch>; takeBack?: () => boolean; batch?: BatchInput }[] = [];
  private readonly cleanBatch: (batch: BatchInput) => CleanedBatch;

  constructor(
    private readonly pool: WorkerPool,
    settings: WorkerSettings,
    rules: RuleSet,
  ) {
    this.cleanBatch = createBatchCleaner(settings, rules);
  }

  /** Batches sent whose results have not been taken. */
  get pending(): number {
    return this.inFlight.length;
  }

  /** Whether as many batches are pending as memory allows: take the oldest before sending more. */
  get full(): boolean {
    return this.inFlight.length >= this.pool.size * IN_FLIGHT_PER_WORKER + CLEANED_AHEAD;
  }

  /** Sends a batch; `bytes` is not touched afterwards (a copy goes to a worker; they are kept until it is back). */
  send(batch: BatchInput): void {
    const sent = this.pool.hasRoom(IN_FLIGHT_PER_WORKER) ? this.pool.clean({ ...batch, bytes: ownCopy(batch.bytes) }) : undefined;
    const result = sent ? sent.result : this.cleanHereNow(batch);
    // Settled before its turn to be taken: its error is raised then, in input order, not as unhandled.
    result.catch(() => {});
    this.inFlight.push(sent ? { result, takeBack: sent.takeBack, batch } : { result });
  }

  /**
   * The result of the oldest batch pending (there must be one). If its worker has not begun it (the
   * worker is still starting, or the machine gives it no time), it is cleaned here instead: this
   * thread would otherwise wait, as results are written in order, while it could clean.
   */
  next(): Promise<CleanedBatch> {
    const oldest = this.inFlight.shift()!;
    return oldest.takeBack?.() ? this.cleanHereNow(oldest.batch!) : oldest.result;
  }

  /**
   * Nothing more will be sent: cleans here, newest first, each batch a worker has not begun, rather
   * than wait for the workers to get to them (a worker has up to two). A worker that finishes
   * its batch meanwhile begins its next one, which then stays with it, so the work stays shared.
   */
  takeBackWaiting(): void {
    for (let index = this.inFlight.length - 1; index >= 0; index--) {
      const slot = this.inFlight[index]!;
      if (slot.takeBack?.()) {
        slot.result = this.cleanHereNow(slot.batch!);
        slot.result.catch(() => {});
      }
    }
  }

  private cleanHereNow(batch: BatchInput): Promise<CleanedBatch> {
    try {
      return Promise.resolve(this.cleanBatch(batch));
    } catch (error) {
      return Promise.reject(error as Error);
    }
  }
}

/** A batch moved to a worker takes its whole ArrayBuffer along, so it gets one of its own. */
function ownCopy(batch: Uint8Array): Uint8Array {
  const bytes = new Uint8Array(batch.length);
  bytes.set(batch);
  return bytes;
}
