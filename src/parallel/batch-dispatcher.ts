import type { RuleSet } from '../rules/compile.js';
import { createBatchCleaner } from './batch-cleaner.js';
import type { BatchInput, CleanedBatch, WorkerSettings } from './protocol.js';
import type { WorkerPool } from './worker-pool.js';

/**
 * Batches in flight per worker: one being cleaned and three waiting, so that a worker still has
 * work while this thread cleans a batch of its own, reads, or is not given a core for a while.
 * With two (one waiting), the worker of `--jobs 2` sat idle 2.2 s of a 9.8 s run on 30 MiB of
 * JSON Lines (its CPU profile), in stretches of up to a second.
 */
const IN_FLIGHT_PER_WORKER = 4;
/**
 * Batches this thread may have cleaned ahead of a worker's older batch still being cleaned, so
 * that it does not sit idle waiting for it (and memory stays bounded). With 2, the main thread
 * and one worker took strictly turns and the main thread waited 1.2 s of an 8 s run; with 4, 0.04 to 0.4 s.
 */
const CLEANED_AHEAD = 4;

/**
 * Shares batches between this thread and the workers: a batch goes to a worker with fewer than
 * IN_FLIGHT_PER_WORKER in flight, or else is cleaned here at once (so this thread works rather than waits, and no
 * worker has to start before the first batch is cleaned). Results come back in the order sent.
 */
export class BatchDispatcher {
  /** Sent and not taken, in order; a batch on a worker keeps what is needed to clean it here instead. */
  private readonly inFlight: InFlight[] = [];
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
    const slot: InFlight = sent ? { result: sent.result, settled: false, takeBack: sent.takeBack, batch } : { result: this.cleanHereNow(batch), settled: true };
    // Settled before its turn to be taken: its error is raised then, in input order, not as unhandled.
    const settle = (): void => {
      slot.settled = true;
    };
    slot.result.then(settle, settle);
    this.inFlight.push(slot);
  }

  /**
   * The result of the oldest batch pending (there must be one). If its worker has not begun it (the
   * worker is still starting, or the machine gives it no time), it is cleaned here instead: this
   * thread would otherwise wait, as results are written in order, while it could clean. If its
   * worker has, this thread cleans, while it waits, the newest batches no worker has begun (a worker
   * takes its batches oldest first): at the end of an input and whenever it may not read further.
   */
  async next(): Promise<CleanedBatch> {
    const oldest = this.inFlight[0]!;
    if (oldest.takeBack?.()) {
      this.inFlight.shift();
      return this.cleanHereNow(oldest.batch!);
    }
    // The worker's answer is heard between tasks: one to wait for, after each batch cleaned here.
    while (!oldest.settled && this.takeBackNewest()) await new Promise((resolve) => setImmediate(resolve));
    this.inFlight.shift();
    return oldest.result;
  }

  /** Cleans here the newest batch that no worker has begun; whether there was one. */
  private takeBackNewest(): boolean {
    for (let index = this.inFlight.length - 1; index > 0; index--) {
      const slot = this.inFlight[index]!;
      if (!slot.takeBack?.()) continue;
      slot.takeBack = undefined;
      slot.result = this.cleanHereNow(slot.batch!);
      slot.result.catch(() => {});
      slot.settled = true;
      return true;
    }
    return false;
  }

  private cleanHereNow(batch: BatchInput): Promise<CleanedBatch> {
    try {
      return Promise.resolve(this.cleanBatch(batch));
    } catch (error) {
      return Promise.reject(error as Error);
    }
  }
}

/** A batch sent and not taken; one on a worker keeps what is needed to clean it here instead. */
interface InFlight {
  result: Promise<CleanedBatch>;
  /** Whether `result` has settled (as this thread has heard). */
  settled: boolean;
  takeBack?: () => boolean;
  batch?: BatchInput;
}

/** A batch moved to a worker takes its whole ArrayBuffer along, so it gets one of its own. */
function ownCopy(batch: Uint8Array): Uint8Array {
  const bytes = new Uint8Array(batch.length);
  bytes.set(batch);
  return bytes;
}
