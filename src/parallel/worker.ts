/**
 * A worker thread of `--jobs`: compiles the rules the main thread sent once, then cleans each
 * batch it is sent and sends back the bytes, counters and (for --audit) the verdicts.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { BoilerstripError } from '../errors.js';
import { compileCheckedPacks } from '../rules/compile.js';
import { createBatchCleaner } from './batch-cleaner.js';
import { BEGUN, WAITING, type BatchRequest, type BatchResult, type WorkerData } from './protocol.js';

const { settings, rules } = workerData as WorkerData;
// The main thread compiled these packs (and refused unsafe patterns) before starting this worker.
const cleanBatch = createBatchCleaner(settings, compileCheckedPacks(rules.packs, rules.disable));

function clean({ id, claim: _claim, ...batch }: BatchRequest): BatchResult {
  try {
    const cleaned = cleanBatch(batch);
    return { id, ...cleaned, output: ownBuffer(cleaned.output), audit: ownBuffer(cleaned.audit) };
  } catch (error) {
    const { message } = error as Error;
    return { id, error: error instanceof BoilerstripError ? { message, code: error.code, location: error.location } : { message } };
  }
}

/** The bytes in a buffer of their own, so they can be moved to the main thread rather than copied there. */
function ownBuffer(bytes: Uint8Array): Uint8Array {
  if (bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength) return bytes;
  const own = new Uint8Array(bytes.byteLength);
  own.set(bytes);
  return own;
}

parentPort!.on('message', (request: BatchRequest) => {
  // The main thread took it back (the input had ended and it had nothing else to do).
  if (Atomics.compareExchange(request.claim, 0, WAITING, BEGUN) !== WAITING) return;
  const result = clean(request);
  parentPort!.postMessage(result, 'output' in result ? [result.output.buffer as ArrayBuffer, result.audit.buffer as ArrayBuffer] : []);
});
